package org.partnerfit.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.shared.ConcurrentChangeException;

/**
 * Writes a business method's changes before it returns, so that a lost optimistic lock (two
 * saves of one draft at once) surfaces inside the call as a {@link ConcurrentChangeException}.
 * Found at commit instead, it was the transaction manager's and the EJB container's to report:
 * two stack traces of some 150 lines in the server log for every such 409, an expected outcome.
 * The commit then has nothing left to write. For the beans where such races are expected.
 */
public class ConcurrentChangeCheck {

    @PersistenceContext
    private EntityManager em;

    @AroundInvoke
    public Object writeBeforeReturning(InvocationContext call) throws Exception {
        Object result = call.proceed();
        if (em.isJoinedToTransaction()) {
            try {
                em.flush();
            } catch (OptimisticLockException e) {
                throw new ConcurrentChangeException(e);
            }
        }
        return result;
    }
}
