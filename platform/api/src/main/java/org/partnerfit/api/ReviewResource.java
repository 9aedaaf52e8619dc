package org.partnerfit.api;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerfit.assessment.application.ClarificationMessage;
import org.partnerfit.assessment.application.Clarifications;
import org.partnerfit.assessment.application.FeedbackDraft;
import org.partnerfit.assessment.application.PartnerFeedback;
import org.partnerfit.assessment.application.EvidenceLocker;
import org.partnerfit.assessment.application.ReviewDecisions;
import org.partnerfit.assessment.domain.Recommendation;

/**
 * What the client's assessors (and client admins) decide while reviewing one invited partner
 * firm — an override with its reason, answers returned for changes, evidence verified, a final
 * recommendation — and the clarification threads with that firm. Only while the assessment is
 * open or in review; evaluators may read threads and evidence.
 */
@Path("review")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "An assessor's decisions on a partner firm, its evidence and the clarification threads")
@SecurityRequirement(name = PartnerFitApi.BEARER)
public class ReviewResource {

    private static final String DECIDERS = "For assessors and client admins of the organisation.";
    private static final String READERS = "For client admins, assessors and evaluators of the organisation.";
    private static final String NOT_FOUND = "No such invitation, criterion or answers in this organisation";
    private static final String CLOSED = "The assessment is not open or in review, or the answers are not in a state that allows it";

    @EJB
    private ReviewDecisions decisions;

    @EJB
    private Clarifications clarifications;

    @EJB
    private PartnerFeedback feedback;

    @EJB
    private EvidenceLocker evidence;

    @Inject
    private CallerToken token;

    /** An assessor's value for a criterion (0 to 100) and why, shown beside the computed one. */
    public record OverrideScore(Double value, String justification) {
    }

    public record ReturnToPartner(String reason) {
    }

    public record RecommendationChoice(Recommendation recommendation, String note) {
    }

    /** Feedback for one firm; {@code withScores} shows the firm its own criterion scores beside the text. */
    public record FeedbackText(String text, Boolean withScores) {
    }

    @PUT
    @Path("invitations/{invitationId}/criteria/{pluginId}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({"assessor", "client-admin"})
    @Operation(summary = "Override a submitted criterion's score with a justification of at least 10 characters",
            description = "The ranking counts the override; the computed value stays beside it. " + DECIDERS)
    @APIResponse(responseCode = "204", description = "Overridden")
    @APIResponse(responseCode = "400", description = "Value missing or outside 0..100, justification too short")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = CLOSED)
    public Response override(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("invitationId") long invitationId,
                             @PathParam("pluginId") String pluginId, OverrideScore body) {
        OverrideScore o = JsonBody.required(body);
        decisions.override(TokenTenant.of(token, requested), invitationId, pluginId, o.value(), o.justification());
        return Response.noContent().build();
    }

    @POST
    @Path("invitations/{invitationId}/criteria/{pluginId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({"assessor", "client-admin"})
    @Operation(summary = "Return submitted answers to the partner for changes",
            description = "The reason is posted in the criterion's clarification thread. Only while the assessment is open. "
                    + DECIDERS)
    @APIResponse(responseCode = "204", description = "Returned")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = CLOSED)
    public Response returnToPartner(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("invitationId") long invitationId,
                                    @PathParam("pluginId") String pluginId, ReturnToPartner body) {
        decisions.returnToPartner(TokenTenant.of(token, requested), invitationId, pluginId, JsonBody.required(body).reason());
        return Response.noContent().build();
    }

    @PUT
    @Path("invitations/{invitationId}/recommendation")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({"assessor", "client-admin"})
    @Operation(summary = "Recommend a partner firm (RECOMMENDED, RESERVE or NOT_RECOMMENDED), with an optional note",
            description = "A later recommendation replaces this one; the audit trail keeps both. " + DECIDERS)
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "No recommendation, an unknown one, or a note over 2000 characters")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = CLOSED)
    public Response recommend(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("invitationId") long invitationId,
                              RecommendationChoice body) {
        RecommendationChoice r = JsonBody.required(body);
        decisions.recommend(TokenTenant.of(token, requested), invitationId, r.recommendation(), r.note());
        return Response.noContent().build();
    }

    @GET
    @Path("invitations/{invitationId}/feedback")
    @AllowedRoles({"client-admin", "assessor", "client-evaluator"})
    @Operation(summary = "The feedback written for a partner firm, and whether it is shared with the firm", description = READERS)
    @APIResponse(responseCode = "200", description = "The feedback (text empty while none is written)",
            content = @Content(schema = @Schema(implementation = FeedbackDraft.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response feedback(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("invitationId") long invitationId) {
        FeedbackDraft draft = feedback.draft(TokenTenant.of(token, requested), invitationId);
        return Revision.ok(draft, draft.revision());
    }

    @PUT
    @Path("invitations/{invitationId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({"assessor", "client-admin"})
    @Operation(summary = "Share feedback with a partner firm, optionally with its own criterion scores",
            description = "The firm's contact is told by mail that feedback waits in the portal; sharing again replaces it. "
                    + "With If-Match (the ETag read with the feedback), refused when it was shared or withdrawn since. "
                    + DECIDERS)
    @APIResponse(responseCode = "200", description = "Shared; the ETag is the new revision",
            content = @Content(schema = @Schema(implementation = FeedbackDraft.class)))
    @APIResponse(responseCode = "400", description = "No text, or more than 4000 characters; an If-Match that names no revision")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "412", description = PartnerResource.CHANGED_SINCE_READ)
    public Response shareFeedback(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("invitationId") long invitationId,
                                  @HeaderParam(Revision.IF_MATCH) String ifMatch, FeedbackText body) {
        FeedbackText f = JsonBody.required(body);
        FeedbackDraft shared = feedback.share(TokenTenant.of(token, requested), invitationId, f.text(),
                Boolean.TRUE.equals(f.withScores()), Revision.basedOn(ifMatch));
        return Revision.ok(shared, shared.revision());
    }

    @DELETE
    @Path("invitations/{invitationId}/feedback")
    @AllowedRoles({"assessor", "client-admin"})
    @Operation(summary = "Stop sharing the feedback with the partner firm (the text is kept)", description = DECIDERS)
    @APIResponse(responseCode = "200", description = "No longer shared",
            content = @Content(schema = @Schema(implementation = FeedbackDraft.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public FeedbackDraft withdrawFeedback(@HeaderParam(TokenTenant.HEADER) String requested,
                                          @PathParam("invitationId") long invitationId) {
        return feedback.withdraw(TokenTenant.of(token, requested), invitationId);
    }

    @POST
    @Path("evidence/{evidenceId}/verification")
    @AllowedRoles({"assessor", "client-admin"})
    @Operation(summary = "Mark an evidence file as checked; its criterion is scored again with that knowledge",
            description = DECIDERS)
    @APIResponse(responseCode = "204", description = "Verified")
    @APIResponse(responseCode = "404", description = "No such file in this organisation")
    @APIResponse(responseCode = "409", description = CLOSED)
    public Response verify(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("evidenceId") long evidenceId) {
        decisions.verifyEvidence(TokenTenant.of(token, requested), evidenceId);
        return Response.noContent().build();
    }

    @GET
    @Path("evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @AllowedRoles({"client-admin", "assessor", "client-evaluator"})
    @Operation(summary = "Download an evidence file a partner sent", description = READERS)
    @APIResponse(responseCode = "200", description = "The file, as the type its content was checked to be",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such file in this organisation")
    public Response evidenceFile(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("evidenceId") long evidenceId) {
        return EvidenceFileResponse.of(evidence.download(TokenTenant.of(token, requested), evidenceId));
    }

    @GET
    @Path("invitations/{invitationId}/clarifications")
    @AllowedRoles({"client-admin", "assessor", "client-evaluator"})
    @Operation(summary = "Every clarification message with this partner firm, oldest first", description = READERS)
    @APIResponse(responseCode = "200", description = "The messages of every criterion's thread",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClarificationMessage.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<ClarificationMessage> clientThread(@HeaderParam(TokenTenant.HEADER) String requested,
                                             @PathParam("invitationId") long invitationId) {
        return clarifications.forClient(TokenTenant.of(token, requested), invitationId);
    }

    @POST
    @Path("invitations/{invitationId}/criteria/{pluginId}/clarifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({"assessor", "client-admin"})
    @Operation(summary = "Ask the partner firm about one criterion", description = DECIDERS)
    @APIResponse(responseCode = "201", description = "Sent", content = @Content(schema = @Schema(implementation = ClarificationMessage.class)))
    @APIResponse(responseCode = "400", description = "Empty or longer than a message may be")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The assessment is not open or in review")
    public Response ask(@HeaderParam(TokenTenant.HEADER) String requested, @PathParam("invitationId") long invitationId,
                        @PathParam("pluginId") String pluginId, Message body) {
        ClarificationMessage sent = clarifications.ask(TokenTenant.of(token, requested), invitationId, pluginId,
                JsonBody.required(body).body());
        return Response.status(Response.Status.CREATED).entity(sent).build();
    }
}
