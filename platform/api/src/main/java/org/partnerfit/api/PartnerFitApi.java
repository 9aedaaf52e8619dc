package org.partnerfit.api;

import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API (context root {@code /api}). Callers present a bearer token from the realm
 * ({@code Authorization: Bearer …}); roles come from its {@code groups} claim. The class list is
 * explicit so that no provider found on the class path joins in by accident.
 *
 * <p>Each resource is one application-scoped instance holding no request state ({@link CallerToken}
 * reads the current request's): made per request, each was built anew with a JNDI lookup per EJB
 * reference, about a twentieth of a cached ranking's time.
 *
 * <p>Payara serves the OpenAPI document of these classes at {@code /openapi} on the HTTP port.
 * Its paths are relative to the server {@code /api}, the context root, named by
 * {@code mp.openapi.servers} in core's microprofile-config.properties.
 */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "partnerfit")
@DeclareRoles({"operator", "assessor", "client-admin", "client-evaluator", "partner"})
@OpenAPIDefinition(
        info = @Info(title = "PartnerFit API", version = "1.0",
                description = "Assessments of software-engineering partner firms: client organisations create and run them, "
                        + "partner firms answer, assessors review and rank. Every call needs a bearer token of the realm; "
                        + "a member of several organisations names one in the X-PartnerFit-Tenant header. Refusals come as "
                        + "{\"error\": \"...\", \"problems\": {\"field\": \"what is wrong\"}}: 400 bad input, 401 no valid token, "
                        + "403 a role that may not call it, 404 nothing of yours by that id, 409 not in a state that allows it, "
                        + "412 saved by someone else since the revision sent in If-Match (the ETag read)."))
@SecurityScheme(securitySchemeName = PartnerFitApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token of the partnerfit realm with the audience partnerfit-api")
public class PartnerFitApi extends Application {

    static final String BEARER = "bearer";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PluginResource.class, CriterionResource.class, AuditResource.class,
                AssessmentResource.class, ReviewResource.class, PartnerResource.class, PartnerEvidenceResource.class,
                AllowedRolesFeature.class, UnreadableRequests.class, JsonBody.class, ApiErrors.NotFound.class, ApiErrors.Rejected.class, ApiErrors.Invalid.class,
                ApiErrors.Conflict.class, ApiErrors.Forbidden.class, ApiErrors.BadRequest.class, ApiErrors.Refused.class,
                ApiErrors.RolledBack.class, ApiErrors.Failed.class,
                ApiErrors.Unavailable.class, ApiErrors.LostUpdate.class, ApiErrors.ChangedSinceRead.class);
    }
}
