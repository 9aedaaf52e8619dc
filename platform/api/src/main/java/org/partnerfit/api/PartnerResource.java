package org.partnerfit.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import jakarta.ws.rs.QueryParam;
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
import org.partnerfit.assessment.application.PartnerContact;
import org.partnerfit.assessment.application.ClarificationMessage;
import org.partnerfit.assessment.application.Clarifications;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.assessment.application.PartnerFeedback;
import org.partnerfit.assessment.application.SharedFeedback;
import org.partnerfit.assessment.application.PartnerAnswers;
import org.partnerfit.assessment.application.PartnerInvitation;
import org.partnerfit.assessment.application.PartnerInvitationPage;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.shared.ChangedSinceReadException;
import org.partnerfit.shared.ConcurrentChangeException;
import org.partnerfit.spi.Answers;

/**
 * What a partner firm's contact does with the invitations granted to their email address: read
 * them, answer each criterion (drafts first, then submit), and talk to the client in the
 * criterion's clarification thread. Anything not granted to them is "not found", like an id that
 * does not exist.
 */
@Path("partner/invitations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles("partner")
@Tag(name = "Partner", description = "A partner contact's invitations, answers, submissions and clarifications")
@SecurityRequirement(name = PartnerFitApi.BEARER)
public class PartnerResource {

    private static final String NOT_FOUND = "No such invitation or criterion among yours";
    static final String CHANGED_SINCE_READ = "Saved again by someone else since the revision named in If-Match was read; "
            + "nothing was changed. The ETag header names the revision saved now";
    private static final String LOCKED = "Already submitted (locked), or the assessment is not open for answers or past its due date";

    @EJB
    private PartnerPortal portal;

    @EJB
    private Clarifications clarifications;

    @EJB
    private PartnerFeedback feedback;

    @Inject
    private CallerToken token;

    /** Answers keyed by question key; every answer is a list (one value, or several for a multi-choice question). */
    public record AnswerValues(Map<String, List<String>> values) {

        Answers answers() {
            Map<String, List<String>> given = new LinkedHashMap<>();
            if (values != null) {
                values.forEach((key, answer) -> {
                    if (answer != null) {
                        given.put(key, answer);
                    }
                });
            }
            return new Answers(given);
        }
    }

    public record Submitted(int criteria) {
    }

    /** Most invitations one page of the list may ask for. */
    static final int MAX_PAGE_SIZE = 100;

    @GET
    @Operation(summary = "Your invitations, across the client organisations that invited your firm",
            description = "Those open for answers first, then the rest; newest first in each. All of them, or with ?page= "
                    + "(from 1; past the end is the last page) and ?size= (1 to " + MAX_PAGE_SIZE + ", default 20) one page, "
                    + "with the total in X-Total-Count and the page shown in X-Page.")
    @APIResponse(responseCode = "200", description = "Each with its assessment, due date, status and criteria to answer",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PartnerInvitation.class)))
    @APIResponse(responseCode = "400", description = "page or size not a whole number in range")
    public Response invitations(@QueryParam("page") String page, @QueryParam("size") String size) {
        Optional<PageRequest> asked = PageRequest.of(page, size, 20, MAX_PAGE_SIZE);
        if (asked.isEmpty()) {
            return Response.ok(portal.invitations(contact())).build();
        }
        PartnerInvitationPage shown = portal.invitations(contact(), asked.get().page(), asked.get().size());
        return Response.ok(shown.invitations()).header("X-Total-Count", shown.total()).header("X-Page", shown.number()).build();
    }

    @GET
    @Path("{invitationId}")
    @Operation(summary = "One of your invitations")
    @APIResponse(responseCode = "200", description = "The assessment, due date, status and each criterion's progress",
            content = @Content(schema = @Schema(implementation = PartnerInvitation.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PartnerInvitation invitation(@PathParam("invitationId") long invitationId) {
        return portal.invitation(contact(), invitationId);
    }

    @GET
    @Path("{invitationId}/criteria/{pluginId}/answers")
    @Operation(summary = "A criterion's questionnaire and your answers so far")
    @APIResponse(responseCode = "200", description = "The questionnaire pinned for the assessment, the answers, their status "
            + "and whether you may still change them", content = @Content(schema = @Schema(implementation = PartnerAnswers.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response answers(@PathParam("invitationId") long invitationId, @PathParam("pluginId") String pluginId) {
        PartnerAnswers read = portal.answers(contact(), invitationId, pluginId);
        return Revision.ok(read, read.revision());
    }

    @PUT
    @Path("{invitationId}/criteria/{pluginId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save answers as a draft",
            description = "Values must be acceptable answers; required questions may still be missing. Replaces the draft. "
                    + "Body: {\"values\": {\"questionKey\": [\"answer\"]}}. With If-Match (the ETag read with the answers), "
                    + "refused when someone saved them since; the answer's ETag is the new revision.")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "400", description = "Answers a question does not accept (a number out of range names its limit) "
            + "and keys of no question, each named; an If-Match that names no revision")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = LOCKED)
    @APIResponse(responseCode = "412", description = CHANGED_SINCE_READ)
    public Response saveDraft(@PathParam("invitationId") long invitationId, @PathParam("pluginId") String pluginId,
                              @HeaderParam(Revision.IF_MATCH) String ifMatch, AnswerValues body) {
        // Without values the answers are null: the portal refuses them after the invitation check,
        // so another firm's ids are "not found" whatever the body.
        long revision = portal.saveDraft(contact(), invitationId, pluginId,
                JsonBody.required(body).values() == null ? null : body.answers(), Revision.basedOn(ifMatch));
        return Response.noContent().tag(Revision.tag(revision)).build();
    }

    @POST
    @Path("{invitationId}/criteria/{pluginId}/submit")
    @Operation(summary = "Submit the saved answers of one criterion; they are locked and scored",
            description = "Every required question must be answered (save a draft first). With If-Match (the ETag read "
                    + "with the answers), refused when someone saved them since.")
    @APIResponse(responseCode = "204", description = "Submitted")
    @APIResponse(responseCode = "400", description = "Required answers missing, each named; an If-Match that names no revision")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = LOCKED)
    @APIResponse(responseCode = "412", description = CHANGED_SINCE_READ)
    public Response submit(@PathParam("invitationId") long invitationId, @PathParam("pluginId") String pluginId,
                           @HeaderParam(Revision.IF_MATCH) String ifMatch) {
        PartnerContact contact = contact();
        Long basedOn = Revision.basedOn(ifMatch);
        PartnerAnswers saved = portal.answers(contact, invitationId, pluginId);
        try {
            // Submits exactly the answers just read: a save between the read and the submit is not overwritten.
            portal.submit(contact, invitationId, pluginId, saved.answers(), basedOn == null ? saved.revision() : basedOn);
        } catch (ChangedSinceReadException e) {
            if (basedOn == null) {
                throw new ConcurrentChangeException(e);   // saved again at the same moment: a 409 to repeat
            }
            throw e;
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{invitationId}/submit-all")
    @Operation(summary = "Submit every criterion not yet submitted, all or nothing")
    @APIResponse(responseCode = "200", description = "How many criteria were submitted",
            content = @Content(schema = @Schema(implementation = Submitted.class)))
    @APIResponse(responseCode = "400", description = "Some criteria are incomplete (named); nothing was submitted")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Everything was submitted already, or the assessment is not open for answers")
    public Submitted submitAll(@PathParam("invitationId") long invitationId) {
        return new Submitted(portal.submitAll(contact(), invitationId));
    }

    @GET
    @Path("{invitationId}/clarifications")
    @Operation(summary = "Every clarification message of this invitation, oldest first")
    @APIResponse(responseCode = "200", description = "The messages of every criterion's thread",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClarificationMessage.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<ClarificationMessage> partnerThread(@PathParam("invitationId") long invitationId) {
        return clarifications.forPartner(contact(), invitationId);
    }

    @GET
    @Path("{invitationId}/feedback")
    @Operation(summary = "The client's feedback to your firm, once the client has shared it",
            description = "With your firm's own score per criterion and weighted total when the client included them; "
                    + "never a rank or another firm's results.")
    @APIResponse(responseCode = "200", description = "The shared feedback",
            content = @Content(schema = @Schema(implementation = SharedFeedback.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + ", or no feedback shared")
    public SharedFeedback feedback(@PathParam("invitationId") long invitationId) {
        return feedback.forPartner(contact(), invitationId)
                .orElseThrow(() -> new NotFoundException("The client has not shared feedback with your firm."));
    }

    @POST
    @Path("{invitationId}/criteria/{pluginId}/clarifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write in a criterion's clarification thread (answering or asking)")
    @APIResponse(responseCode = "201", description = "Sent", content = @Content(schema = @Schema(implementation = ClarificationMessage.class)))
    @APIResponse(responseCode = "400", description = "Empty or longer than a message may be")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The assessment is not open or in review")
    public Response reply(@PathParam("invitationId") long invitationId, @PathParam("pluginId") String pluginId, Message body) {
        ClarificationMessage sent = clarifications.reply(contact(), invitationId, pluginId, JsonBody.required(body).body());
        return Response.status(Response.Status.CREATED).entity(sent).build();
    }

    private PartnerContact contact() {
        return TokenContact.of(token);
    }
}
