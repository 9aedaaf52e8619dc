package org.partnerfit.api;

import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API (context root {@code /api}). Callers present a bearer token from the realm
 * ({@code Authorization: Bearer …}); roles come from its {@code groups} claim. The class list is
 * explicit so that no provider found on the class path joins in by accident.
 */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "partnerfit")
@DeclareRoles({"operator", "assessor", "client-admin", "client-evaluator", "partner"})
public class PartnerFitApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PluginResource.class, CriterionResource.class, AuditResource.class, ApiErrors.NotFound.class,
                ApiErrors.Rejected.class, ApiErrors.Invalid.class, ApiErrors.Forbidden.class, ApiErrors.BadRequest.class);
    }
}
