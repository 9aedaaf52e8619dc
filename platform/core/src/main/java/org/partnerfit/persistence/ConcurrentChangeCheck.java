package org.partnerfit.persistence;

import java.sql.SQLException;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.partnerfit.shared.Causes;
import org.partnerfit.shared.ConcurrentChangeException;

/**
 * Writes a business method's changes before it returns, so that a lost optimistic lock (two
 * saves of one draft at once) surfaces inside the call as a {@link ConcurrentChangeException}.
 * Found at commit instead, it was the transaction manager's and the EJB container's to report:
 * two stack traces of some 150 lines in the server log for every such 409, an expected outcome.
 * The commit then has nothing left to write. For the beans where such races are expected.
 * <p>
 * Two first saves of one draft race too: each finds no record and creates one, and the unique
 * index refuses the second. These beans look a record up before they create it, so a unique
 * violation here is that race, and the loser gets the same {@link ConcurrentChangeException}.
 */
public class ConcurrentChangeCheck {

    /** SQL state of a unique violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    private EntityManager em;

    @AroundInvoke
    public Object writeBeforeReturning(InvocationContext call) throws Exception {
        try {
            Object result = call.proceed();   // may write already, to learn a record's new version
            if (em.isJoinedToTransaction()) {
                em.flush();
            }
            return result;
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(e);
        } catch (PersistenceException e) {
            if (Causes.any(e, t -> t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                throw new ConcurrentChangeException(e);
            }
            throw e;
        }
    }
}
