package org.partnerfit.api;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerfit.plugin.application.CatalogueEntry;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * A client's criterion catalogue. The tenant is the caller's organization from the token; a
 * caller in several names one with {@code X-PartnerFit-Tenant}, which must be among them.
 */
@Path("criteria")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria", description = "A client organisation's criterion catalogue")
@SecurityRequirement(name = PartnerFitApi.BEARER)
public class CriterionResource {

    static final String TENANT_HEADER = TokenTenant.HEADER;

    @EJB
    private CriterionCatalogue catalogue;

    @Inject
    private CallerToken token;

    /** {@code enabled} must be given: a body without it (or none) used to switch the criterion off. */
    public record Switch(Boolean enabled) {
    }

    @GET
    @AllowedRoles({"client-admin", "assessor", "client-evaluator"})
    @Operation(summary = "Every installed criterion, switched on or off for the organisation")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<CatalogueEntry> criteria(@HeaderParam(TENANT_HEADER) String requested) {
        return catalogue.catalogue(tenant(requested));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles("client-admin")
    @Operation(summary = "Switch a criterion on or off for the organisation; for client admins")
    @APIResponse(responseCode = "200", description = "The criterion as it is now")
    @APIResponse(responseCode = "400", description = "No body, or no enabled in it")
    @APIResponse(responseCode = "404", description = "No such criterion is installed")
    public CatalogueEntry set(@HeaderParam(TENANT_HEADER) String requested, @PathParam("id") String id, Switch change) {
        TenantId tenant = tenant(requested);
        if (JsonBody.required(change).enabled() == null) {
            throw new InvalidInputException(Wording.of("criterion.enabledRequired"), "enabled", Wording.of("problem.required"));
        }
        catalogue.enable(tenant, id, change.enabled());
        return catalogue.catalogue(tenant).stream().filter(e -> e.pluginId().equals(id)).findFirst().orElseThrow();
    }

    private TenantId tenant(String requested) {
        return TokenTenant.of(token, requested);
    }
}
