package org.partnerfit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import org.partnerfit.api.RolesAllowedFeature.Verdict;

class RolesAllowedFeatureTest {

    @RolesAllowed("client-admin")
    static class Guarded {
        public void inherits() { }

        @RolesAllowed({"assessor", "client-evaluator"})
        public void ownRoles() { }

        @PermitAll
        public void open() { }

        @DenyAll
        public void shut() { }
    }

    static class Unmarked {
        public void forgotten() { }
    }

    @PermitAll
    static class Open {
        public void inherits() { }

        @RolesAllowed("operator")
        public void narrowed() { }
    }

    @Test
    void theMethodsRuleComesBeforeItsClasss() throws Exception {
        assertEquals(Optional.of(Set.of("client-admin")), required(Guarded.class, "inherits"));
        assertEquals(Optional.of(Set.of("assessor", "client-evaluator")), required(Guarded.class, "ownRoles"));
        assertEquals(Optional.empty(), required(Guarded.class, "open"));
        assertEquals(Optional.of(Set.of()), required(Guarded.class, "shut"));
        assertEquals(Optional.empty(), required(Open.class, "inherits"));
        assertEquals(Optional.of(Set.of("operator")), required(Open.class, "narrowed"));
    }

    @Test
    void anEndpointThatNamesNoRolesIsClosed() throws Exception {
        assertEquals(Optional.of(Set.of()), required(Unmarked.class, "forgotten"));
        assertEquals(Verdict.NO_ROLE, RolesAllowedFeature.verdict(token(Set.of("operator")), Set.of(), role -> true));
    }

    @Test
    void aTokenIsLetInByItsGroupsOnly() {
        Set<String> roles = Set.of("assessor", "client-admin");
        assertEquals(Verdict.ALLOWED, RolesAllowedFeature.verdict(token(Set.of("partner", "assessor")), roles, role -> false));
        assertEquals(Verdict.NO_ROLE, RolesAllowedFeature.verdict(token(Set.of("partner")), roles, role -> true));
        assertEquals(Verdict.NO_ROLE, RolesAllowedFeature.verdict(token(null), roles, role -> true));
    }

    @Test
    void noCallerIsUnauthenticatedAndAnyOtherCallerIsAskedThroughTheContainer() {
        Set<String> roles = Set.of("operator");
        Principal other = () -> "someone";
        assertEquals(Verdict.NO_CALLER, RolesAllowedFeature.verdict(null, roles, role -> true));
        assertEquals(Verdict.ALLOWED, RolesAllowedFeature.verdict(other, roles, "operator"::equals));
        assertEquals(Verdict.NO_ROLE, RolesAllowedFeature.verdict(other, roles, "assessor"::equals));
    }

    private static Optional<Set<String>> required(Class<?> type, String method) throws NoSuchMethodException {
        return RolesAllowedFeature.required(type.getMethod(method), type);
    }

    private static JsonWebToken token(Set<String> groups) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of();
            }

            @Override
            public <T> T getClaim(String claimName) {
                return null;
            }

            @Override
            public Set<String> getGroups() {
                return groups;
            }
        };
    }
}
