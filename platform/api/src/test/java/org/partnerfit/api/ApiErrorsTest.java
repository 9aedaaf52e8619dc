package org.partnerfit.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    @Test
    void aLostOptimisticLockDeepInTheCausesIsAConcurrentChange() {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new OptimisticLockException("changed since it was read"));
        assertTrue(ApiErrors.changedConcurrently(new EJBException("Transaction aborted", rollback)));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(ApiErrors.changedConcurrently(new EJBException("Transaction aborted", new IllegalStateException("boom"))));
        assertFalse(ApiErrors.changedConcurrently(new RollbackException("Transaction marked for rollback.")));
        assertFalse(ApiErrors.changedConcurrently(new EJBException("no cause")));
    }
}
