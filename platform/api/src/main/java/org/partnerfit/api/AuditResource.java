package org.partnerfit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditEvent;
import org.partnerfit.audit.AuditQuery;
import org.partnerfit.audit.AuditTrail;

/**
 * The audit trail: an operator reads all of it (or one tenant with {@code ?tenant=}), a client
 * admin their own organisation's. JSON by default, CSV with {@code Accept: text/csv}.
 */
@Path("audit")
@ApplicationScoped
@AllowedRoles({"operator", "client-admin"})
@Tag(name = "Audit", description = "Who did what, when, in which organisation")
@SecurityRequirement(name = PartnerFitApi.BEARER)
public class AuditResource {

    @EJB
    private AuditTrail trail;

    @Inject
    private CallerToken token;

    public record Event(Instant at, String actor, String tenant, String action, String subject, String detail) {
        static Event of(AuditEvent e) {
            return new Event(e.getAt(), e.getActor(), e.getTenantId(), e.getAction().name(), e.getSubject(), e.getDetail());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The audit trail, newest first: an operator's of everyone (or ?tenant=), a client admin's of their organisation")
    @APIResponse(responseCode = "200", description = "The events; CSV with Accept: text/csv")
    @APIResponse(responseCode = "400", description = "An unknown action or a malformed date")
    public List<Event> json(@QueryParam("tenant") String tenant, @QueryParam("action") String action,
                            @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
                            @HeaderParam(CriterionResource.TENANT_HEADER) String header) {
        return events(tenant, action, actor, from, to, header).stream().map(Event::of).toList();
    }

    @GET
    @Produces("text/csv")
    public Response csv(@QueryParam("tenant") String tenant, @QueryParam("action") String action,
                        @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
                        @HeaderParam(CriterionResource.TENANT_HEADER) String header) {
        String body = "at,actor,tenant,action,subject,detail\n" + events(tenant, action, actor, from, to, header).stream()
                .map(e -> String.join(",", e.getAt().toString(), csv(e.getActor()), csv(e.getTenantId()),
                        e.getAction().name(), csv(e.getSubject()), csv(e.getDetail())))
                .collect(Collectors.joining("\n"));
        return Response.ok(body).header("Content-Disposition", "attachment; filename=partnerfit-audit.csv").build();
    }

    private List<AuditEvent> events(String tenant, String action, String actor, String from, String to, String header) {
        String scope = scope(tenant != null ? tenant : header);
        try {
            return trail.events(new AuditQuery(scope, action == null || action.isBlank() ? null : AuditAction.valueOf(action),
                    actor, day(from, 0), day(to, 1), 1000));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new BadRequestException("action must be one of " + List.of(AuditAction.values())
                    + " and dates look like 2026-11-25.");
        }
    }

    /** Operators may read any tenant or all; a client admin only their own organization. */
    private String scope(String requested) {
        if (token.getGroups().contains("operator")) {
            return requested == null || requested.isBlank() ? null : requested;
        }
        return TokenTenant.of(token, requested).value();
    }

    private static Instant day(String date, int plusDays) {
        return date == null || date.isBlank() ? null : LocalDate.parse(date).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value; // no formulas in spreadsheets
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
