package org.partnerfit.scoring.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScorerThreadsTest {

    private final ScorerThreads threads = new ScorerThreads(1, Executors.defaultThreadFactory());

    @AfterEach
    void stop() {
        threads.shutdown();
    }

    @Test
    void runsEachCallOnThePoolsThreads() throws Exception {
        assertEquals(42, threads.submit(() -> 42).get(5, TimeUnit.SECONDS));
        assertEquals("x", threads.submit(() -> "x").get(5, TimeUnit.SECONDS));
        assertEquals(1, threads.threads());
    }

    @Test
    void aRunawayThatIgnoresTheInterruptIsReplacedWhileItRuns() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        ScorerThreads.Call<Integer> runaway = threads.submit(() -> {
            started.countDown();
            while (!release.get()) {
                Thread.onSpinWait(); // deaf to interrupts, like a plugin stuck in a loop
            }
            return 0;
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));

        threads.abandon(runaway);

        assertTrue(runaway.isCancelled());
        assertEquals(7, threads.submit(() -> 7).get(5, TimeUnit.SECONDS), "another thread took the next call");
        assertEquals(2, threads.threads());

        release.set(true);
        assertTrue(eventually(() -> threads.threads() == 1), "the replacement left once the runaway ended");
        assertEquals(8, threads.submit(() -> 8).get(5, TimeUnit.SECONDS));
    }

    @Test
    void aScorerThatHonoursTheInterruptGivesItsThreadBack() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        ScorerThreads.Call<Integer> sleeper = threads.submit(() -> {
            started.countDown();
            Thread.sleep(60_000);
            return 0;
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));

        threads.abandon(sleeper);

        assertTrue(eventually(() -> threads.threads() == 1));
        assertEquals(9, threads.submit(() -> 9).get(5, TimeUnit.SECONDS));
    }

    @Test
    void aCallAbandonedBeforeItStartedNeverRunsAndCostsNoThread() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        threads.submit(() -> {
            busy.await();
            return 0;
        });
        AtomicBoolean ran = new AtomicBoolean();
        ScorerThreads.Call<Integer> queued = threads.submit(() -> {
            ran.set(true);
            return 1;
        });

        threads.abandon(queued);
        busy.countDown();

        assertEquals(3, threads.submit(() -> 3).get(5, TimeUnit.SECONDS));
        assertFalse(ran.get());
        assertEquals(1, threads.threads());
    }

    /** Waits up to 5 s for a condition the pool reaches in its own time (a thread leaving when idle). */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
