package org.partnerfit.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.ejb.EJBException;
import jakarta.transaction.SystemException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableExceptionTest {

    @Test
    void aRefusedOrBrokenConnectionAnywhereInTheChainIsTheDatabaseOutOfReach() {
        assertTrue(DatabaseUnavailableException.causes(
                new RuntimeException("Error in allocating a connection", new SQLException("refused", "08001"))));
        assertTrue(DatabaseUnavailableException.causes(new IllegalStateException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseUnavailableException.causes(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseUnavailableException.causes(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailableException.causes(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void aPoolThatCannotGiveAWorkingConnectionIsOutOfReach() {
        // As a CI run of the fault suite saw it: a connection the pool had marked unusable.
        jakarta.resource.ResourceException unusable = new jakarta.resource.ResourceException(
                "This Managed Connection is not valid as the physical connection is not usable");
        jakarta.resource.spi.ResourceAllocationException allocation = new jakarta.resource.spi.ResourceAllocationException(
                "Error in allocating a connection. Cause: " + unusable.getMessage());
        allocation.initCause(unusable);
        SQLException sql = new SQLException("Error in allocating a connection.", allocation);

        assertTrue(DatabaseUnavailableException.causes(new EJBException(new RuntimeException("EclipseLink-4002", sql))));
        assertFalse(DatabaseUnavailableException.causes(new EJBException(new jakarta.resource.ResourceException("other"))));
    }

    /**
     * As Payara's pool threw it during a PostgreSQL restart, when two requests dropped its
     * connections at once: wherever the connection was asked for, not only where a tenant
     * transaction begins.
     */
    @Test
    void thePoolFailingWhileItDropsItsConnectionsIsOutOfReachWhereverItShows() {
        IllegalStateException poolRace = new IllegalStateException("Task already scheduled or cancelled");
        poolRace.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Timer", "sched", "Timer.java", 413),
            new StackTraceElement("com.sun.enterprise.resource.pool.ConnectionPool", "scheduleResizerTask", "ConnectionPool.java", 271)});
        assertTrue(DatabaseUnavailableException.causes(poolRace));
        assertTrue(DatabaseUnavailableException.causes(
                new EJBException(new RuntimeException("EclipseLink-4002: Exception Description: Error getting connection", poolRace))));

        IllegalStateException elsewhere = new IllegalStateException("Task already scheduled or cancelled");
        elsewhere.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.util.Timer", "sched", "Timer.java", 413),
            new StackTraceElement("org.partnerfit.notification.Reminders", "schedule", "Reminders.java", 40)});
        assertFalse(DatabaseUnavailableException.causes(elsewhere), "only the pool's own failure counts");
    }

    @Test
    void whatTheApplicationFoundOutOfReachStaysSoWhereverItIsWrapped() {
        assertTrue(DatabaseUnavailableException.causes(new EJBException(new DatabaseUnavailableException(new IllegalStateException("pool")))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseUnavailableException.causes(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailableException.causes(new SQLException("no state")));
        assertFalse(DatabaseUnavailableException.causes(new IllegalStateException("a bug")));
    }

    @Test
    void aCommitTheResourceFailedIsLostAtCommit() {
        // As the EJB container hands on a failed commit of a local (non-XA) transaction.
        XAException xa = new XAException(
                "jakarta.resource.spi.LocalTransactionException: An I/O error occurred while sending to the backend.");
        xa.errorCode = XAException.XAER_RMERR;
        SystemException system = new SystemException();
        system.initCause(xa);
        EJBException failure = new EJBException("Unable to complete container-managed transaction.", system);

        assertTrue(DatabaseUnavailableException.lostAtCommit(failure));
        assertTrue(DatabaseUnavailableException.causes(failure), "out of reach too, but the outcome is unknown");
    }

    @Test
    void aConnectionThePoolFoundBrokenAsTheTransactionBeganIsOutOfReach() {
        // As the fault suite saw it: a pooled connection closed while PostgreSQL was away.
        XAException xa = new XAException("com.sun.appserv.connectors.internal.api.PoolingException: "
                + "jakarta.resource.spi.LocalTransactionException: This connection has been closed.");
        xa.errorCode = XAException.XAER_RMERR;
        RuntimeException start = new RuntimeException("Got exception during XAResource.start:", xa);
        SQLException allocating = new SQLException("Error in allocating a connection. Cause: " + start.getMessage(), start);
        EJBException failure = new EJBException(new RuntimeException("EclipseLink-4002", allocating));

        assertTrue(DatabaseUnavailableException.causes(failure));
        assertFalse(DatabaseUnavailableException.lostAtCommit(failure), "nothing began, so nothing was stored");
    }

    @Test
    void otherSystemFailuresAreNotLostAtCommit() {
        XAException protocol = new XAException(XAException.XAER_PROTO);
        SystemException system = new SystemException();
        system.initCause(protocol);
        assertFalse(DatabaseUnavailableException.lostAtCommit(system));
        assertFalse(DatabaseUnavailableException.lostAtCommit(new SystemException("timeout")));
        assertFalse(DatabaseUnavailableException.lostAtCommit(new IllegalStateException("a bug")));
    }
}
