package org.partnerfit.persistence;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;

import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;
import org.partnerfit.shared.DatabaseUnavailableException;
import org.partnerfit.tenancy.domain.TenantId;

class TenantScopeTest {

    /** As Payara's pool threw it during a PostgreSQL restart, when two requests dropped its connections at once. */
    @Test
    void thePoolFailingWhileItDropsItsConnectionsIsTheDatabaseOutOfReach() throws Exception {
        IllegalStateException poolRace = new IllegalStateException("Task already scheduled or cancelled");
        poolRace.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Timer", "sched", "Timer.java", 413),
            new StackTraceElement("com.sun.enterprise.resource.pool.ConnectionPool", "scheduleResizerTask", "ConnectionPool.java", 271)});
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> scope().enter(entityManagerWhoseConnectionFails(poolRace), new TenantId("acme")));
        assertSame(poolRace, e.getCause(), "wrapped once");
        assertTrue(DatabaseUnavailableException.causes(new EJBException(e)), "so the API and the pages answer 503");
    }

    @Test
    void anotherFailureToGetTheConnectionGoesOnAsItIs() throws Exception {
        IllegalStateException closed = new IllegalStateException("Attempting to execute an operation on a closed EntityManager.");
        assertSame(closed, assertThrows(IllegalStateException.class,
                () -> scope().enter(entityManagerWhoseConnectionFails(closed), new TenantId("acme"))));
    }

    private static TenantScope scope() throws Exception {
        AfterTransaction after = new AfterTransaction();
        set(after, "transactions", Proxy.newProxyInstance(TenantScopeTest.class.getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionStatus")) {
                        return Status.STATUS_NO_TRANSACTION;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
        TenantScope scope = new TenantScope();
        set(scope, "after", after);
        set(scope, "rowLevelSecurity", Boolean.TRUE);
        return scope;
    }

    private static EntityManager entityManagerWhoseConnectionFails(RuntimeException failure) {
        return (EntityManager) Proxy.newProxyInstance(TenantScopeTest.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setProperty" -> null;
                    case "unwrap" -> throw failure;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
