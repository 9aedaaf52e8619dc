package org.partnerfit.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.partnerfit.shared.ConcurrentChangeException;

class ConcurrentChangeCheckTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void writesTheChangesAfterTheMethodAndReturnsItsResult() throws Exception {
        Object result = check(entityManager(true, null)).writeBeforeReturning(call("saved"));
        assertEquals("saved", result);
        assertEquals(List.of("method", "flush"), calls);
    }

    @Test
    void aLostLockBecomesAConcurrentChange() {
        OptimisticLockException lost = new OptimisticLockException("changed since it was read");
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class,
                () -> check(entityManager(true, lost)).writeBeforeReturning(call("saved")));
        assertSame(lost, e.getCause());
    }

    @Test
    void aLockLostByAWriteInsideTheMethodBecomesAConcurrentChangeToo() {
        OptimisticLockException lost = new OptimisticLockException("changed since it was read");
        InvocationContext writing = context(() -> {
            calls.add("method");
            throw lost;
        });
        assertSame(lost, assertThrows(ConcurrentChangeException.class,
                () -> check(entityManager(true, null)).writeBeforeReturning(writing)).getCause());
        assertEquals(List.of("method"), calls);
    }

    @Test
    void aSecondRecordRefusedByAUniqueIndexBecomesAConcurrentChange() {
        PersistenceException duplicate = new PersistenceException("insert failed",
                new SQLException("duplicate key value violates unique constraint \"submission_once\"", "23505"));
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class,
                () -> check(entityManager(true, duplicate)).writeBeforeReturning(call("saved")));
        assertSame(duplicate, e.getCause());
    }

    @Test
    void anotherConstraintViolationGoesOnAsItIs() {
        PersistenceException nullValue = new PersistenceException("insert failed",
                new SQLException("null value in column \"answers\"", "23502"));
        assertSame(nullValue, assertThrows(PersistenceException.class,
                () -> check(entityManager(true, nullValue)).writeBeforeReturning(call("saved"))));
    }

    @Test
    void anyOtherFailureOfTheWriteGoesOnAsItIs() {
        PersistenceException broken = new PersistenceException("connection reset");
        assertSame(broken, assertThrows(PersistenceException.class,
                () -> check(entityManager(true, broken)).writeBeforeReturning(call("saved"))));
    }

    @Test
    void withoutATransactionThereIsNothingToWrite() throws Exception {
        check(entityManager(false, null)).writeBeforeReturning(call("read"));
        assertEquals(List.of("method"), calls);
    }

    @Test
    void aFailingMethodIsNotFollowedByAWrite() {
        InvocationContext failing = context(() -> {
            calls.add("method");
            throw new IllegalStateException("refused");
        });
        assertThrows(IllegalStateException.class, () -> check(entityManager(true, null)).writeBeforeReturning(failing));
        assertEquals(List.of("method"), calls);
    }

    private interface Body {
        Object run() throws Exception;
    }

    private InvocationContext call(Object result) {
        return context(() -> {
            calls.add("method");
            return result;
        });
    }

    private static InvocationContext context(Body body) {
        return (InvocationContext) Proxy.newProxyInstance(InvocationContext.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("proceed")) {
                        return body.run();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private EntityManager entityManager(boolean inTransaction, RuntimeException flushFailure) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isJoinedToTransaction":
                            return inTransaction;
                        case "flush":
                            calls.add("flush");
                            if (flushFailure != null) {
                                throw flushFailure;
                            }
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private static ConcurrentChangeCheck check(EntityManager em) throws Exception {
        ConcurrentChangeCheck check = new ConcurrentChangeCheck();
        Field field = ConcurrentChangeCheck.class.getDeclaredField("em");
        field.setAccessible(true);
        field.set(check, em);
        return check;
    }
}
