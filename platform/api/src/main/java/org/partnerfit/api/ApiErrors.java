package org.partnerfit.api;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.partnerfit.plugin.application.PluginRejectedException;
import org.partnerfit.shared.ChangedSinceReadException;
import org.partnerfit.shared.ConcurrentChangeException;
import org.partnerfit.shared.DatabaseUnavailableException;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.StateConflictException;

/** Refusals as JSON: {@code {"error": "...", "problems": {...}}}, never a stack trace. */
final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    private ApiErrors() {
    }

    static Response error(Response.Status status, String message, Map<String, String> problems) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(message, problems)).build();
    }

    public record ErrorBody(String error, Map<String, String> problems) {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            LOG.info(() -> "404: " + e.getMessage());
            return error(Response.Status.NOT_FOUND, e.getMessage(), Map.of());
        }
    }

    @Provider
    public static class Rejected implements ExceptionMapper<PluginRejectedException> {
        @Override
        public Response toResponse(PluginRejectedException e) {
            return error(e.isConflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST, e.getMessage(), Map.of());
        }
    }

    /** 403s, recorded in the audit trail as refused access. */
    @Provider
    public static class Forbidden implements ExceptionMapper<jakarta.ws.rs.ForbiddenException> {

        @jakarta.ejb.EJB
        private org.partnerfit.audit.AuditTrail audit;

        @jakarta.ws.rs.core.Context
        private jakarta.ws.rs.core.UriInfo uri;

        @Override
        public Response toResponse(jakarta.ws.rs.ForbiddenException e) {
            audit.record(org.partnerfit.audit.AuditAction.ACCESS_DENIED, null, "API " + uri.getPath(), e.getMessage());
            return error(Response.Status.FORBIDDEN, e.getMessage() == null ? "Forbidden." : e.getMessage(), Map.of());
        }
    }

    @Provider
    public static class BadRequest implements ExceptionMapper<jakarta.ws.rs.BadRequestException> {
        @Override
        public Response toResponse(jakarta.ws.rs.BadRequestException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage(), Map.of());
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage(), e.problems());
        }
    }

    /** Fine input, wrong moment: submitted twice, an assessment not open, a status skipped. */
    @Provider
    public static class Conflict implements ExceptionMapper<StateConflictException> {
        @Override
        public Response toResponse(StateConflictException e) {
            return error(Response.Status.CONFLICT, e.getMessage(), e.problems());
        }
    }

    /** A change based on a revision saved over since (If-Match): 412, with the revision saved now as the ETag. */
    @Provider
    public static class ChangedSinceRead implements ExceptionMapper<ChangedSinceReadException> {
        @Override
        public Response toResponse(ChangedSinceReadException e) {
            return Response.fromResponse(error(Response.Status.PRECONDITION_FAILED, e.getMessage(), e.problems()))
                    .tag(Revision.tag(e.currentRevision())).build();
        }
    }

    /**
     * A transaction the container rolled back at commit. Jersey hands an EJB's failure on as its
     * cause, here the rollback; see {@link #failure}.
     */
    @Provider
    public static class RolledBack implements ExceptionMapper<jakarta.transaction.RollbackException> {
        @Override
        public Response toResponse(jakarta.transaction.RollbackException e) {
            return failure(e);
        }
    }

    /** An EJB's failure whose cause no other mapper takes (Jersey tries the cause first); see {@link #failure}. */
    @Provider
    public static class Failed implements ExceptionMapper<jakarta.ejb.EJBException> {
        @Override
        public Response toResponse(jakarta.ejb.EJBException e) {
            return failure(e);
        }
    }

    /** Another request changed the same record first; see {@link #failure}: a 409. */
    @Provider
    public static class LostUpdate implements ExceptionMapper<ConcurrentChangeException> {
        @Override
        public Response toResponse(ConcurrentChangeException e) {
            return failure(e);
        }
    }

    /** The database found out of reach as a transaction began; see {@link #failure}. */
    @Provider
    public static class Unavailable implements ExceptionMapper<DatabaseUnavailableException> {
        @Override
        public Response toResponse(DatabaseUnavailableException e) {
            return failure(e);
        }
    }

    /**
     * A request that failed inside its transaction; nothing of it was stored. When another request
     * changed the same record first (two saves of one draft at once, say), a 409 the caller can
     * act on; the database out of reach (restarting, say), a 503 to send again shortly (saying so
     * when it broke during the commit, as then the request may have been stored); anything
     * else a 500, logged with its cause. Always the JSON body, never the server's error page.
     */
    static Response failure(Throwable e) {
        if (org.partnerfit.shared.ConcurrentChange.in(e)) {
            LOG.info(() -> "409: lost a concurrent update (" + e.getMessage() + ")");
            return error(Response.Status.CONFLICT, "Someone changed this at the same moment, so nothing of this request "
                    + "was saved. Read it again and repeat the change.", Map.of());
        }
        if (DatabaseUnavailableException.lostAtCommit(e)) {
            LOG.warning(() -> "503: the database failed at commit, outcome unknown (" + e + ")");
            return unavailable(DatabaseUnavailableException.MESSAGE_AT_COMMIT);
        }
        if (DatabaseUnavailableException.causes(e)) {
            LOG.warning(() -> "503: the database cannot be reached (" + e + ")");
            return unavailable(DatabaseUnavailableException.MESSAGE);
        }
        LOG.log(java.util.logging.Level.SEVERE, "A request failed and was rolled back", e);
        return error(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete this request; nothing of it "
                + "was saved.", Map.of());
    }

    private static Response unavailable(String message) {
        return Response.fromResponse(error(Response.Status.SERVICE_UNAVAILABLE, message, Map.of()))
                .header("Retry-After", "5").build();
    }

    /**
     * Every other refusal JAX-RS raises itself (no such path, method not allowed, wrong content
     * type...) keeps its status and headers and gets the same JSON body.
     */
    @Provider
    public static class Refused implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {
        @Override
        public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
            Response original = e.getResponse();
            return Response.fromResponse(original).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(original.getStatusInfo().getReasonPhrase() + ".", Map.of())).build();
        }
    }
}
