package org.partnerfit.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs actions once the current transaction has ended, so that whoever they tell about a change
 * can already read it. {@link TenantScope#enter} opens the list at the start of every tenant
 * transaction, while new work may still be registered with the transaction; actions are added
 * later, even while the transaction flushes its writes.
 */
@ApplicationScoped
public class AfterTransaction {

    private static final Object KEY = AfterTransaction.class;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Opens the current transaction's list of actions, once; does nothing outside a transaction. */
    void open() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || transactions.getResource(KEY) != null) {
            return;
        }
        Pending pending = new Pending();
        transactions.putResource(KEY, pending);
        transactions.registerInterposedSynchronization(pending);
    }

    /**
     * Runs {@code action} after the current transaction, committed or not (once per key and
     * transaction); at once when no list is open.
     */
    public void run(Object key, Runnable action) {
        Pending pending = null;
        try {
            pending = (Pending) transactions.getResource(KEY);
        } catch (IllegalStateException noTransaction) {
            // nothing to wait for
        }
        if (pending == null || !pending.add(key, action)) {
            action.run();
        }
    }

    private static final class Pending implements Synchronization {
        private final Map<Object, Runnable> actions = new LinkedHashMap<>();
        private boolean done;

        synchronized boolean add(Object key, Runnable action) {
            if (done) {
                return false;
            }
            actions.putIfAbsent(key, action);
            return true;
        }

        @Override
        public void beforeCompletion() {
            // Writes still flush now and add actions; they run after.
        }

        @Override
        public void afterCompletion(int status) {
            Runnable[] toRun;
            synchronized (this) {
                done = true;
                toRun = actions.values().toArray(Runnable[]::new);
            }
            for (Runnable action : toRun) {
                action.run();
            }
        }
    }
}
