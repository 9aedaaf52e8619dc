package org.partnerfit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.Principal;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import org.partnerfit.api.AllowedRolesFeature.Verdict;

class AllowedRolesFeatureTest {

    @AllowedRoles("client-admin")
    static class Guarded {
        public void inherits() { }

        @AllowedRoles({"assessor", "client-evaluator"})
        public void ownRoles() { }
    }

    static class Unmarked {
        public void forgotten() { }
    }

    @Test
    void theMethodsRolesComeBeforeItsClasss() throws Exception {
        assertEquals(Set.of("client-admin"), required(Guarded.class, "inherits"));
        assertEquals(Set.of("assessor", "client-evaluator"), required(Guarded.class, "ownRoles"));
    }

    @Test
    void anEndpointThatNamesNoRolesIsClosedToEveryone() throws Exception {
        Set<String> none = required(Unmarked.class, "forgotten");
        assertEquals(Set.of(), none);
        assertEquals(Verdict.NO_ROLE, AllowedRolesFeature.verdict(token(Set.of("operator")), none, role -> true));
    }

    @Test
    void aTokenIsLetInByItsGroupsOnly() {
        Set<String> roles = Set.of("assessor", "client-admin");
        assertEquals(Verdict.ALLOWED, AllowedRolesFeature.verdict(token(Set.of("partner", "assessor")), roles, role -> false));
        assertEquals(Verdict.NO_ROLE, AllowedRolesFeature.verdict(token(Set.of("partner")), roles, role -> true));
        assertEquals(Verdict.NO_ROLE, AllowedRolesFeature.verdict(token(null), roles, role -> true));
    }

    @Test
    void noCallerIsUnauthenticatedAndAnyOtherCallerIsAskedThroughTheContainer() {
        Set<String> roles = Set.of("operator");
        Principal other = () -> "someone";
        assertEquals(Verdict.NO_CALLER, AllowedRolesFeature.verdict(null, roles, role -> true));
        assertEquals(Verdict.ALLOWED, AllowedRolesFeature.verdict(other, roles, "operator"::equals));
        assertEquals(Verdict.NO_ROLE, AllowedRolesFeature.verdict(other, roles, "assessor"::equals));
    }

    private static Set<String> required(Class<?> type, String method) throws NoSuchMethodException {
        return AllowedRolesFeature.required(type.getMethod(method), type);
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
