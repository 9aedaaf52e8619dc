package org.partnerfit.scoring.application;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The threads scorers run on: a fixed number made by the server's managed thread factory, so the
 * container's context is set up once per thread rather than once per call (for a re-score of
 * 2,000 submissions that setup took half the time, each submit to a managed executor searching
 * the class path for context providers).
 *
 * <p>A scorer past its time limit is interrupted ({@link #abandon}). One that ignores the
 * interrupt keeps its thread; while it runs, another thread joins the pool in its place, up to
 * {@value #MAX_RUNAWAYS}, so a few broken plugins cannot stop everyone's scoring.
 */
final class ScorerThreads {

    private static final Logger LOG = Logger.getLogger(ScorerThreads.class.getName());

    /** Threads replaced at most; beyond that a runaway scorer costs the pool a thread. */
    static final int MAX_RUNAWAYS = 16;

    private final int size;
    private final ThreadPoolExecutor pool;
    private int runaways;

    ScorerThreads(int size, ThreadFactory threads) {
        this.size = size;
        this.pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    }

    /** Queues the task; it runs on the next free thread. */
    <T> Call<T> submit(Callable<T> task) {
        Call<T> call = new Call<>(task);
        pool.execute(call);
        return call;
    }

    /** Gives up on a call past its time limit: interrupts it, and replaces its thread if it keeps running. */
    void abandon(Call<?> call) {
        call.cancel(true);
        if (call.state.compareAndSet(Call.RUNNING, Call.ABANDONED)) {
            resize(+1);
        } else {
            call.state.compareAndSet(Call.QUEUED, Call.ABANDONED);
        }
    }

    /** Threads currently in the pool, runaways included (for tests). */
    int threads() {
        return pool.getPoolSize();
    }

    void shutdown() {
        pool.shutdownNow();
    }

    private synchronized void resize(int change) {
        runaways += change;
        int target = size + Math.min(runaways, MAX_RUNAWAYS);
        if (change > 0 && runaways > MAX_RUNAWAYS) {
            LOG.severe(() -> runaways + " scorers run past their time limit and ignore interrupts; no more threads "
                    + "replace them. Uninstall the plugins whose scorers time out, then restart the server.");
        }
        // Growing: the maximum first; shrinking: the core first (the core may never exceed the maximum).
        if (target > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(target);
            pool.setCorePoolSize(target);
        } else if (target < pool.getCorePoolSize()) {
            pool.setCorePoolSize(target);
            pool.setMaximumPoolSize(target);
        }
    }

    /** A queued scorer call that knows whether it started, so an abandoned one is counted once. */
    final class Call<T> extends FutureTask<T> {

        static final int QUEUED = 0;
        static final int RUNNING = 1;
        static final int DONE = 2;
        static final int ABANDONED = 3;

        private final AtomicInteger state = new AtomicInteger(QUEUED);

        private Call(Callable<T> task) {
            super(task);
        }

        @Override
        public void run() {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return;
            }
            try {
                super.run();
            } finally {
                if (!state.compareAndSet(RUNNING, DONE)) {
                    // abandoned while running, and now back: its replacement can go
                    resize(-1);
                }
            }
        }
    }
}
