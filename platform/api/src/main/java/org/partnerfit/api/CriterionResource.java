package org.partnerfit.api;

import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerfit.assessment.application.ClientProfiles;
import org.partnerfit.assessment.application.ProfileForm;
import org.partnerfit.plugin.application.CatalogueEntry;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;
import org.partnerfit.spi.Answers;
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

    @EJB
    private ClientProfiles profiles;

    @Inject
    private CallerToken token;

    /** {@code enabled} must be given: a body without it (or none) used to switch the criterion off. */
    public record Switch(Boolean enabled) {
    }

    /**
     * A client profile's answers and the criterion's settings, each keyed by question key with a
     * list of values; either may be left out to keep what is saved.
     */
    public record ProfileValues(Map<String, List<String>> answers, Map<String, List<String>> settings) {

        /** Values as a partner's answers are read; null, to keep what is saved, when the part was left out. */
        static Answers of(Map<String, List<String>> values) {
            return values == null ? null : new PartnerResource.AnswerValues(values).answers();
        }
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

    @GET
    @Path("{id}/profile")
    @AllowedRoles("client-admin")
    @Operation(summary = "What the organisation says about itself for a criterion, and how the criterion scores; for client admins",
            description = "The criterion's client-profile questionnaire and its settings (configuration options), each with the "
                    + "values saved so far; whether the criterion is switched on or not.")
    @APIResponse(responseCode = "200", description = "The questionnaires and the values saved; the ETag is their revision",
            content = @Content(schema = @Schema(implementation = ProfileForm.class)))
    @APIResponse(responseCode = "404", description = "No such criterion is installed")
    public Response profile(@HeaderParam(TENANT_HEADER) String requested, @PathParam("id") String id) {
        ProfileForm form = profiles.form(tenant(requested), id);
        return Revision.ok(form, form.revision());
    }

    @PUT
    @Path("{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles("client-admin")
    @Operation(summary = "Save a criterion's client profile, its settings or both; for client admins",
            description = "Body: {\"answers\": {\"questionKey\": [\"value\"]}, \"settings\": {\"optionKey\": [\"value\"]}}. "
                    + "What is given replaces what was saved; a part left out is kept. Values must be acceptable answers; "
                    + "questions may stay open. Scores computed from now on use them (Score again re-scores submitted answers). "
                    + "With If-Match (the ETag read with the profile), refused when someone saved it since.")
    @APIResponse(responseCode = "200", description = "The questionnaires and the values as saved; the ETag is their revision",
            content = @Content(schema = @Schema(implementation = ProfileForm.class)))
    @APIResponse(responseCode = "400", description = "Neither answers nor settings, or values a question does not accept and keys "
            + "of no question, each named; an If-Match that names no revision")
    @APIResponse(responseCode = "409", description = "Another save of the same profile won at the same moment")
    @APIResponse(responseCode = "412", description = PartnerResource.CHANGED_SINCE_READ)
    @APIResponse(responseCode = "404", description = "No such criterion is installed")
    public Response saveProfile(@HeaderParam(TENANT_HEADER) String requested, @PathParam("id") String id,
                                @HeaderParam(Revision.IF_MATCH) String ifMatch, ProfileValues body) {
        TenantId tenant = tenant(requested);
        ProfileValues given = JsonBody.required(body);
        profiles.save(tenant, id, ProfileValues.of(given.answers()), ProfileValues.of(given.settings()), Revision.basedOn(ifMatch));
        ProfileForm saved = profiles.form(tenant, id);
        return Revision.ok(saved, saved.revision());
    }

    private TenantId tenant(String requested) {
        return TokenTenant.of(token, requested);
    }
}
