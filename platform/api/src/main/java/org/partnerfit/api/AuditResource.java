package org.partnerfit.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerfit.audit.AuditCsv;
import org.partnerfit.audit.AuditEvents;
import org.partnerfit.audit.AuditEvent;
import org.partnerfit.audit.AuditQuery;
import org.partnerfit.audit.AuditTrail;

/**
 * The audit trail: an operator reads all of it (or one tenant with {@code ?tenant=}), a client
 * admin their own organisation's. JSON by default, CSV with {@code Accept: text/csv}; the whole
 * trail is written as it is read, so its length costs no memory.
 */
@Path("audit")
@ApplicationScoped
@AllowedRoles({"operator", "client-admin"})
@Tag(name = "Audit", description = "Who did what, when, in which organisation")
@SecurityRequirement(name = PartnerFitApi.BEARER)
public class AuditResource {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @EJB
    private AuditTrail trail;

    @Inject
    private CallerToken token;

    public record Event(Instant at, String actor, String tenant, String action, String subject, String detail) {
        static Event of(AuditEvent e) {
            return new Event(e.getAt(), e.getActor(), e.getTenantId(), e.getAction().name(), e.getSubject(), e.getDetail());
        }
    }

    /** Most events one page may ask for. */
    static final int MAX_PAGE_SIZE = 500;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The audit trail, newest first: an operator's of everyone (or ?tenant=), a client admin's of their organisation",
            description = "All of it, written as it is read; or with ?page= (from 1; past the end is the last page) and ?size= "
                    + "(1 to " + MAX_PAGE_SIZE + ", default 100) one page, with the total in X-Total-Count and the page shown in X-Page.")
    @APIResponse(responseCode = "200", description = "The events; CSV with Accept: text/csv",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Event.class)))
    @APIResponse(responseCode = "400", description = "An unknown action, a malformed date, or page or size not a whole number in range")
    public Response json(@QueryParam("tenant") String tenant, @QueryParam("action") String action,
                         @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") String page, @QueryParam("size") String size,
                         @HeaderParam(CriterionResource.TENANT_HEADER) String header) {
        return listed(query(tenant, action, actor, from, to, header), page, size, MediaType.APPLICATION_JSON_TYPE,
                AuditResource::writeJson).build();
    }

    /** A JSON array of the events, each written as soon as it is read. */
    private static void writeJson(Consumer<Consumer<? super AuditEvent>> events, Writer out) throws IOException {
        out.write('[');
        boolean[] first = {true};
        AuditEvents.writeEach(events, e -> {
            out.write((first[0] ? "" : ",") + JSONB.toJson(Event.of(e)));
            first[0] = false;
        });
        out.write(']');
    }

    /** The same, as CSV; JSON is what a caller gets who does not say. */
    @GET
    @Produces("text/csv;qs=0.5")
    public Response csv(@QueryParam("tenant") String tenant, @QueryParam("action") String action,
                        @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("page") String page, @QueryParam("size") String size,
                        @HeaderParam(CriterionResource.TENANT_HEADER) String header) {
        return listed(query(tenant, action, actor, from, to, header), page, size, MediaType.valueOf("text/csv; charset=UTF-8"),
                AuditCsv::write).header("Content-Disposition", "attachment; filename=partnerfit-audit.csv").build();
    }

    /** Writes events, given as a source that hands each one on, in one format. */
    private interface Format {
        void write(Consumer<Consumer<? super AuditEvent>> events, Writer out) throws IOException;
    }

    /**
     * The page asked for, with its total and number in headers; or, with neither page nor size
     * asked, every event, read and written a chunk at a time.
     */
    private Response.ResponseBuilder listed(AuditQuery query, String page, String size, MediaType type, Format format) {
        Optional<PageRequest> asked = PageRequest.of(page, size, 100, MAX_PAGE_SIZE);
        Response.ResponseBuilder response = Response.ok().type(type);
        Consumer<Consumer<? super AuditEvent>> events;
        if (asked.isPresent()) {
            long total = trail.count(query);
            int shown = asked.get().within(total);
            List<AuditEvent> pageOf = trail.events(query, (shown - 1) * asked.get().size(), asked.get().size());
            events = pageOf::forEach;
            response.header("X-Total-Count", total).header("X-Page", shown);
        } else {
            events = AuditEvents.of(trail, query);
        }
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            format.write(events, writer);
            writer.flush();
        };
        return response.entity(body);
    }

    private AuditQuery query(String tenant, String action, String actor, String from, String to, String header) {
        return AuditQuery.parse(scope(tenant != null ? tenant : header), action, actor, from, to);
    }

    /** Operators may read any tenant or all; a client admin only their own organization. */
    private String scope(String requested) {
        if (token.getGroups().contains("operator")) {
            return requested == null || requested.isBlank() ? null : requested;
        }
        return TokenTenant.of(token, requested).value();
    }
}
