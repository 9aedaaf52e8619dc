package org.partnerfit.api;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on the resources, the
 * method's annotation before its class's. The caller's roles are the groups of the bearer token
 * that the login already checked and put in the request as its principal.
 *
 * <p>Why not the server's own filter (switched off in this module's payara-web.xml): it asks the
 * security context for the caller on every request, which parses the security subject and looks up
 * a class that is not there, an eighth of a cached ranking's time. A method with no annotation, on
 * a class with none, is closed to everyone: a new endpoint must say who may call it.
 */
public class RolesAllowedFeature implements DynamicFeature {

    /** What a request gets from the check. */
    enum Verdict { ALLOWED, NO_CALLER, NO_ROLE }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        required(resource.getResourceMethod(), resource.getResourceClass())
                .ifPresent(roles -> context.register(new RoleCheck(roles)));
    }

    /** The roles one of which a caller needs; empty when anyone may call, an empty set when nobody may. */
    static Optional<Set<String>> required(Method method, Class<?> type) {
        AnnotatedElement rules = hasRule(method) ? method : type;
        if (rules.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(Set.of());
        }
        if (rules.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        RolesAllowed allowed = rules.getAnnotation(RolesAllowed.class);
        return Optional.of(allowed == null ? Set.of() : Set.of(allowed.value()));
    }

    private static boolean hasRule(Method method) {
        return method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class)
                || method.isAnnotationPresent(DenyAll.class);
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
