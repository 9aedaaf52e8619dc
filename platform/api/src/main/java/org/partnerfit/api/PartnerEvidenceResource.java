package org.partnerfit.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerfit.assessment.application.PartnerContact;
import org.partnerfit.assessment.application.CriterionTask;
import org.partnerfit.assessment.application.EvidenceLocker;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.assessment.domain.EvidenceInfo;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;

/**
 * A partner contact's evidence files: uploaded as the raw request body
 * ({@code Content-Type: application/octet-stream}) with the file name, criterion and evidence
 * question in query parameters, while the criterion's answers can still change. The server
 * trusts none of it: the name is sanitised and the type is read from the bytes.
 */
@Path("partner/invitations/{invitationId}/evidence")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles("partner")
@Tag(name = "Partner evidence", description = "A partner contact's evidence files: upload, list, download, remove")
@SecurityRequirement(name = PartnerFitApi.BEARER)
public class PartnerEvidenceResource {

    private static final String NOT_FOUND = "No such invitation, criterion or file among yours";

    @EJB
    private EvidenceLocker locker;

    @EJB
    private PartnerPortal portal;

    @Inject
    private CallerToken token;

    /** A stored file (its bytes are fetched separately) and the criterion it belongs to. */
    public record EvidenceFile(long id, String pluginId, String questionKey, String fileName, String contentType, long size,
                               String sha256, Instant uploadedAt, boolean verified) {
        static EvidenceFile of(String pluginId, EvidenceInfo info) {
            return new EvidenceFile(info.id(), pluginId, info.questionKey(), info.fileName(), info.contentType(), info.size(),
                    info.sha256(), info.uploadedAt(), info.verified());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Upload a file for an evidence question",
            description = "The body is the file itself. Accepted types are the question's (its evidenceTypes, e.g. pdf, docx); "
                    + "the extension of fileName must name one and the content must really be one. At most five files per question.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored, with its checksum",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceFile.class)))
    @APIResponse(responseCode = "400", description = "A parameter missing, a type not accepted, content not matching its name, an empty or too large file")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The answers were submitted, or the assessment is not open for answers")
    public Response upload(@PathParam("invitationId") long invitationId,
                           @Parameter(description = "The criterion (plugin id)", required = true) @QueryParam("criterion") String pluginId,
                           @Parameter(description = "The evidence question's key", required = true) @QueryParam("question") String question,
                           @Parameter(description = "The file's name; its extension says its type", required = true)
                           @QueryParam("fileName") String fileName,
                           InputStream body) throws IOException {
        Map<String, Wording> missing = new LinkedHashMap<>();
        requireParameter(missing, "criterion", pluginId);
        requireParameter(missing, "question", question);
        requireParameter(missing, "fileName", fileName);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(Wording.of("evidence.uploadQueryMissing"), missing);
        }
        // One byte beyond the limit is enough for the locker to refuse the file as too large.
        byte[] content = RequestBodies.read(body, (int) Math.min(locker.maxBytes(), Integer.MAX_VALUE - 8));
        EvidenceInfo stored = locker.upload(contact(), invitationId, pluginId, question, fileName, content);
        return Response.status(Response.Status.CREATED).entity(EvidenceFile.of(pluginId, stored)).build();
    }

    @GET
    @Operation(summary = "Your files of this invitation, of one criterion or of all")
    @APIResponse(responseCode = "200", description = "The files, without their bytes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceFile.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<EvidenceFile> files(@PathParam("invitationId") long invitationId,
                                   @Parameter(description = "Only this criterion's files (plugin id)") @QueryParam("criterion") String pluginId) {
        PartnerContact contact = contact();
        List<String> criteria = pluginId != null && !pluginId.isBlank() ? List.of(pluginId)
                : portal.invitation(contact, invitationId).criteria().stream().map(CriterionTask::pluginId).toList();
        List<EvidenceFile> files = new ArrayList<>();
        for (String criterion : criteria) {
            locker.ofCriterion(contact, invitationId, criterion).forEach(info -> files.add(EvidenceFile.of(criterion, info)));
        }
        return files;
    }

    @GET
    @Path("{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one of your files")
    @APIResponse(responseCode = "200", description = "The file, as the type its content was checked to be",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response file(@PathParam("invitationId") long invitationId, @PathParam("evidenceId") long evidenceId) {
        return EvidenceFileResponse.of(locker.download(contact(), invitationId, evidenceId));
    }

    @DELETE
    @Path("{evidenceId}")
    @Operation(summary = "Remove a file while its criterion's answers can still change")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The answers were submitted, or the assessment is not open for answers")
    public Response remove(@PathParam("invitationId") long invitationId, @PathParam("evidenceId") long evidenceId) {
        locker.remove(contact(), invitationId, evidenceId);
        return Response.noContent().build();
    }

    private static void requireParameter(Map<String, Wording> missing, String name, String value) {
        if (value == null || value.isBlank()) {
            missing.put(name, Wording.of("problem.required"));
        }
    }

    private PartnerContact contact() {
        return TokenContact.of(token);
    }
}
