package org.partnerfit.api;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks every endpoint's {@link AllowedRoles} before it runs. The caller's roles are the groups
 * of the bearer token that the login already verified and put in the request as its principal,
 * so the check costs a set lookup.
 */
public class AllowedRolesFeature implements DynamicFeature {

    /** What a request gets from the check. */
    enum Verdict { ALLOWED, NO_CALLER, NO_ROLE }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        context.register(new RoleCheck(required(resource.getResourceMethod(), resource.getResourceClass())));
    }

    /** The method's roles, else its class's; none at all means nobody may call it. */
    static Set<String> required(Method method, Class<?> type) {
        AllowedRoles allowed = method.isAnnotationPresent(AllowedRoles.class)
                ? method.getAnnotation(AllowedRoles.class) : type.getAnnotation(AllowedRoles.class);
        return allowed == null ? Set.of() : Set.of(allowed.value());
    }

    /** A token's groups are its roles; any other caller is asked through the container. */
    static Verdict verdict(Principal caller, Set<String> roles, Predicate<String> inRole) {
        if (caller == null) {
            return Verdict.NO_CALLER;
        }
        Predicate<String> has = caller instanceof JsonWebToken token ? in(token.getGroups()) : inRole;
        return roles.stream().anyMatch(has) ? Verdict.ALLOWED : Verdict.NO_ROLE;
    }

    private static Predicate<String> in(Set<String> groups) {
        return groups == null ? role -> false : groups::contains;
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final Set<String> roles;

        RoleCheck(Set<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            switch (verdict(security.getUserPrincipal(), roles, security::isUserInRole)) {
                case NO_CALLER -> throw new NotAuthorizedException("Sign in with a bearer token of the realm.",
                        "Bearer realm=\"partnerfit\"");
                case NO_ROLE -> throw new ForbiddenException("Your role may not call this.");
                case ALLOWED -> { }
            }
        }
    }
}
