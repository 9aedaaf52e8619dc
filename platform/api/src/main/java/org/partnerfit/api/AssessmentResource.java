package org.partnerfit.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerfit.assessment.application.AssessmentLifecycle;
import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.assessment.application.AssessmentSetup;
import org.partnerfit.assessment.application.AssessmentSummary;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.assessment.application.TrustedReviews;
import org.partnerfit.scoring.application.AssessmentRescoring;
import org.partnerfit.scoring.application.Rescored;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * A client's assessments: client admins create them, invite partner firms and move them through
 * their statuses; assessors and evaluators read the ranking, and may ask what it would be under
 * other weights. The tenant comes from the token (or {@code X-PartnerFit-Tenant}, see TokenTenant).
 */
@Path("assessments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Create, invite, open, close, decide, archive; read the ranking")
@SecurityRequirement(name = PartnerFitApi.BEARER)
public class AssessmentResource {

    private static final String READERS = "For client admins, assessors and evaluators of the organisation.";
    private static final String ADMINS = "For client admins of the organisation.";
    private static final String NOT_FOUND = "No such assessment in this organisation";
    private static final String WEIGHT_PREFIX = "weight.";

    @EJB
    private AssessmentSetup setup;

    @EJB
    private AssessmentLifecycle lifecycle;

    @EJB
    private ReviewService reviews;

    @EJB
    private AssessmentRescoring rescoring;

    @Inject
    private CallerToken token;

    @Inject
    private RankingJson rankings;

    @Inject
    private TrustedReviews trusted;

    public record NewAssessment(String name, String description, LocalDate dueDate, Map<String, Integer> weights) {
    }

    public record NewInvitation(String firmName, String contactEmail) {
    }

    public record Invited(long invitationId, long assessmentId) {
    }

    public record DueDate(LocalDate dueDate) {
    }

    public record Repeat(String name, LocalDate dueDate) {
    }

    @GET
    @AllowedRoles({"client-admin", "assessor", "client-evaluator"})
    @Operation(summary = "The organisation's assessments, newest first", description = READERS)
    @APIResponse(responseCode = "200", description = "One line per assessment",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentSummary.class)))
    public List<AssessmentSummary> assessments(@HeaderParam(TokenTenant.HEADER) String requested) {
        return reviews.assessments(tenant(requested));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles("client-admin")
    @Operation(summary = "Create a draft assessment",
            description = "Weights name criteria switched on for the organisation (plugin id → weight) and add up to 100; "
                    + "each criterion is pinned to the newest installed version of its plugin. " + ADMINS)
    @APIResponse(responseCode = "201", description = "Created; Location names the new assessment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Name, due date or weights refused, each problem named")
    public Response create(@HeaderParam(TokenTenant.HEADER) String requested, NewAssessment body) {
        NewAssessment a = JsonBody.required(body);
        TenantId tenant = tenant(requested);
        long id = setup.create(tenant, a.name(), a.description(), a.dueDate(), a.weights());
        return Response.created(URI.create("assessments/" + id)).entity(AssessmentView.of(reviews.review(tenant, id))).build();
    }

    @GET
    @Path("{assessmentId}")
    @AllowedRoles({"client-admin", "assessor", "client-evaluator"})
    @Operation(summary = "One assessment with its partner firms ranked",
            description = "Each firm's weighted total (unanswered criteria count as 0; an override replaces the computed "
                    + "value), its confidence and, per criterion, value, rationale, red flags, override and evidence. "
                    + READERS)
    @APIResponse(responseCode = "200", description = "The assessment and its ranking",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public AssessmentView assessment(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("assessmentId") long assessmentId) {
        return AssessmentView.of(review(tenant(requested), assessmentId));
    }

    @GET
    @Path("{assessmentId}/ranking")
    @AllowedRoles({"client-admin", "assessor", "client-evaluator"})
    @Operation(summary = "What-if ranking under other weights, nothing saved",
            description = "Give weight.<pluginId>=N (0 to 100) for each criterion to weigh differently, e.g. "
                    + "?weight.culture-fit=0&weight.talent-retention=80; the others keep their weight. " + READERS)
    @Parameter(name = "weight.<pluginId>", in = ParameterIn.QUERY, required = false,
            description = "A criterion's weight for this calculation only; repeat for several criteria",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100"))
    @APIResponse(responseCode = "200", description = "Every firm's total under those weights beside its saved total",
            content = @Content(schema = @Schema(implementation = AssessmentView.Ranking.class)))
    @APIResponse(responseCode = "400", description = "A weight that is not a number from 0 to 100, or names no criterion of the assessment")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response ranking(@HeaderParam(TokenTenant.HEADER) String requested,
                            @PathParam("assessmentId") long assessmentId, @Context UriInfo uri) {
        TenantId tenant = tenant(requested);
        AssessmentReview review = review(tenant, assessmentId);
        return Response.ok(rankings.of(tenant, review, weights(review, uri)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{assessmentId}/rescore")
    @AllowedRoles({"client-admin", "assessor"})
    @Operation(summary = "Score every submitted answer again with the plugin versions the assessment pinned",
            description = "For instance after the organisation changed its profile; the new scores become the latest and "
                    + "the old ones stay on record. For client admins and assessors of the organisation.")
    @APIResponse(responseCode = "200", description = "How many submissions were scored, and how many of those failed (their latest score says why)",
            content = @Content(schema = @Schema(implementation = Rescored.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Neither open nor in review")
    public Rescored rescore(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("assessmentId") long assessmentId) {
        return rescoring.rescore(tenant(requested), assessmentId);
    }

    @POST
    @Path("{assessmentId}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles("client-admin")
    @Operation(summary = "Invite a partner firm through one contact",
            description = "The contact signs in with that email address and sees this assessment and nothing else of the "
                    + "organisation. " + ADMINS)
    @APIResponse(responseCode = "201", description = "Invited", content = @Content(schema = @Schema(implementation = Invited.class)))
    @APIResponse(responseCode = "400", description = "Firm name or email missing or malformed")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Neither a draft nor open, or the firm or the address invited to it already")
    public Response invite(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("assessmentId") long assessmentId,
                           NewInvitation body) {
        NewInvitation i = JsonBody.required(body);
        long invitationId = setup.invite(tenant(requested), assessmentId, i.firmName(), i.contactEmail());
        return Response.status(Response.Status.CREATED).entity(new Invited(invitationId, assessmentId)).build();
    }

    @POST
    @Path("{assessmentId}/open")
    @AllowedRoles("client-admin")
    @Operation(summary = "Open a draft to its invited partners; the questionnaires asked are kept with it", description = ADMINS)
    @APIResponse(responseCode = "204", description = "Open")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response open(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("assessmentId") long assessmentId) {
        setup.open(tenant(requested), assessmentId);
        return Response.noContent().build();
    }

    @POST
    @Path("{assessmentId}/close")
    @AllowedRoles("client-admin")
    @Operation(summary = "Stop taking answers now and move to review", description = ADMINS)
    @APIResponse(responseCode = "204", description = "In review")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not open")
    public Response close(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("assessmentId") long assessmentId) {
        lifecycle.close(tenant(requested), assessmentId);
        return Response.noContent().build();
    }

    @POST
    @Path("{assessmentId}/decide")
    @AllowedRoles("client-admin")
    @Operation(summary = "Record that the organisation has decided; nothing changes any more", description = ADMINS)
    @APIResponse(responseCode = "204", description = "Decided")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not in review")
    public Response decide(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("assessmentId") long assessmentId) {
        lifecycle.decide(tenant(requested), assessmentId);
        return Response.noContent().build();
    }

    @POST
    @Path("{assessmentId}/archive")
    @AllowedRoles("client-admin")
    @Operation(summary = "Put a decided assessment away, kept for the record", description = ADMINS)
    @APIResponse(responseCode = "204", description = "Archived")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not decided")
    public Response archive(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("assessmentId") long assessmentId) {
        lifecycle.archive(tenant(requested), assessmentId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{assessmentId}/due-date")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles("client-admin")
    @Operation(summary = "Give partners until a later date; an assessment in review opens again", description = ADMINS)
    @APIResponse(responseCode = "204", description = "Extended")
    @APIResponse(responseCode = "400", description = "Missing, in the past, more than 10 years ahead, or not after the current due date")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Neither open nor in review")
    public Response extend(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("assessmentId") long assessmentId,
                           DueDate body) {
        lifecycle.extendDueDate(tenant(requested), assessmentId, JsonBody.required(body).dueDate());
        return Response.noContent().build();
    }

    @POST
    @Path("{assessmentId}/repeat")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles("client-admin")
    @Operation(summary = "A new draft with the same criteria, weights and invited firms, for a periodic re-assessment",
            description = "Each criterion is pinned to the newest installed version of its plugin. " + ADMINS)
    @APIResponse(responseCode = "201", description = "Created; Location names the new assessment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Name missing or too long, due date in the past or more than 10 years ahead, "
            + "or a criterion of the original switched off now (each named)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response repeat(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("assessmentId") long assessmentId,
                           Repeat body) {
        Repeat r = JsonBody.required(body);
        TenantId tenant = tenant(requested);
        long id = lifecycle.repeat(tenant, assessmentId, r.name(), r.dueDate());
        return Response.created(URI.create("assessments/" + id)).entity(AssessmentView.of(reviews.review(tenant, id))).build();
    }

    /** The cached review when it can be trusted as it is (no call into the EJB container), else the service's. */
    private AssessmentReview review(TenantId tenant, long assessmentId) {
        AssessmentReview recent = trusted.recent(tenant, assessmentId);
        return recent != null ? recent : reviews.review(tenant, assessmentId);
    }

    private TenantId tenant(String requested) {
        return TokenTenant.of(token, requested);
    }

    /** The weight.<pluginId> query parameters, each a criterion of this assessment and a number from 0 to 100. */
    private static Map<String, Integer> weights(AssessmentReview review, UriInfo uri) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, Wording> problems = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.startsWith(WEIGHT_PREFIX)) {
                return;
            }
            String pluginId = name.substring(WEIGHT_PREFIX.length());
            if (review.criteria().stream().noneMatch(c -> c.pluginId().equals(pluginId))) {
                problems.put(name, Wording.of("problem.notACriterion"));
            } else if (values.size() != 1 || !values.get(0).matches("\\d{1,3}") || Integer.parseInt(values.get(0)) > 100) {
                problems.put(name, Wording.of("problem.wholeNumberTo100"));
            } else {
                weights.put(pluginId, Integer.parseInt(values.get(0)));
            }
        });
        if (problems.isEmpty() && !review.criteria().isEmpty()
                && review.criteria().stream().mapToInt(c -> weights.getOrDefault(c.pluginId(), c.weight())).sum() == 0) {
            problems.put(WEIGHT_PREFIX + "*", Wording.of("problem.allWeightsZero"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Wording.of("whatIf.refused"), problems);
        }
        return weights;
    }
}
