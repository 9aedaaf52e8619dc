package org.partnerfit.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class ConcurrentChangeTest {

    @Test
    void aLostOptimisticLockDeepInTheCausesIsAConcurrentChange() {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new OptimisticLockException("changed since it was read"));
        assertTrue(ConcurrentChange.in(new EJBException("Transaction aborted", rollback)));
    }

    @Test
    void oneFoundInsideTheCallIsOne() {
        assertTrue(ConcurrentChange.in(new ConcurrentChangeException(new OptimisticLockException("changed since it was read"))));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(ConcurrentChange.in(new EJBException("Transaction aborted", new IllegalStateException("boom"))));
        assertFalse(ConcurrentChange.in(new RollbackException("Transaction marked for rollback.")));
        assertFalse(ConcurrentChange.in(new EJBException("no cause")));
    }
}
