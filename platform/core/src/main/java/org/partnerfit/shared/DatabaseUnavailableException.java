package org.partnerfit.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Arrays;

import javax.transaction.xa.XAException;

import jakarta.ejb.ApplicationException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;

/**
 * The database could not be reached (it is restarting, say): nothing of the request was done,
 * and the same request may simply be sent again. The REST API answers 503 with Retry-After.
 */
@ApplicationException(rollback = true)
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String PAYARA_POOL = "com.sun.enterprise.resource.pool.";

    public static final String MESSAGE =
            "The database cannot be reached just now, so nothing of this request was done. Try again in a few seconds.";

    /** For {@link #lostAtCommit}: the request may or may not have been stored. */
    public static final String MESSAGE_AT_COMMIT = "The connection to the database broke while this request was being "
            + "saved, so it is not known whether it was stored. Read it again in a few seconds before repeating it.";

    public DatabaseUnavailableException(Throwable cause) {
        super(MESSAGE, cause);
    }

    /**
     * Whether a failure is the database out of reach, anywhere in the chain of causes: a connection
     * refused or broken (SQL state class 08), the server shutting down or starting up (57P01-03),
     * the server's pool finding the connection broken as it began or ended the transaction (an
     * {@code XAException} with XAER_RMERR, the SQL failure itself dropped), the pool unable to
     * give a working connection at all, or the pool failing while it drops its broken connections
     * (see {@link #thrownByThePool}); or this exception itself, where the application found it
     * so. The XAException case includes a commit that failed, where it is not known whether the
     * request was stored: ask {@link #lostAtCommit} first.
     */
    public static boolean causes(Throwable failure) {
        return Causes.any(failure, t -> t instanceof DatabaseUnavailableException
                || t instanceof ConnectException
                || t instanceof SQLException sql && unreachable(sql.getSQLState())
                || t instanceof XAException xa && xa.errorCode == XAException.XAER_RMERR
                || t instanceof ResourceAllocationException
                || thrownByThePool(t));
    }

    /**
     * When requests find the database gone, Payara's pool drops all its connections, and two
     * requests doing that at once can make the pool throw its own {@code IllegalStateException}
     * ("Task already scheduled or cancelled", RAR8012 in the log; seen by the fault suite during a
     * PostgreSQL restart) instead of a connection error. It comes from asking for a connection,
     * wherever that happens, so nothing was done with it.
     */
    private static boolean thrownByThePool(Throwable t) {
        return t instanceof IllegalStateException && Arrays.stream(t.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith(PAYARA_POOL));
    }

    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    /**
     * Whether the database failed while the container committed the transaction. The server's
     * local-transaction resource drops the SQL failure there and leaves only a
     * {@code SystemException} caused by an {@code XAException} with XAER_RMERR; on PostgreSQL
     * without deferred constraints a commit fails that way only when the connection does. Whether
     * the commit reached the database first is unknown.
     */
    public static boolean lostAtCommit(Throwable failure) {
        return Causes.any(failure, t -> t instanceof SystemException
                && t.getCause() instanceof XAException xa && xa.errorCode == XAException.XAER_RMERR);
    }
}
