package org.partnerfit.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.partnerfit.shared.LruMap;

/**
 * Sign-ins under way: the browser was sent to the identity provider and has not come back yet.
 * They are kept here rather than in an HTTP session, so a request that is not signed in costs
 * no session. With a session each, a flood of such requests (a crawler, a probe, an attack)
 * filled the heap within a minute. Each is bound to the browser that started it by a random
 * cookie value, so the provider's answer counts only in that browser. At most {@link #CAPACITY}
 * are kept, for {@link #LIFETIME} each; under a flood the oldest give way first.
 */
@ApplicationScoped
public class PendingSignIns {

    /**
     * More sign-ins than a real crowd starts within the lifetime. Full, they took 1.5 MiB of heap
     * (measured); with every return address at its longest (1,000 characters), about 12 MiB.
     */
    static final int CAPACITY = 10_000;

    /** Time to type a username and password at the provider; a later answer means signing in again. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private record Pending(SignInRequest request, String browser, Instant until) {
    }

    private final Map<String, Pending> byState = new LruMap<>(CAPACITY);

    /** Keeps a sign-in this browser (its cookie value) started now. */
    public synchronized void put(SignInRequest request, String browser, Instant now) {
        byState.put(request.state(), new Pending(request, browser, now.plus(LIFETIME)));
    }

    /**
     * The sign-in with this state, if this browser started it and its lifetime is not over: taken
     * once, as a code and its verifier are used once. Another browser's attempt leaves it in place.
     */
    public synchronized Optional<SignInRequest> take(String state, String browser, Instant now) {
        Pending pending = byState.get(state);
        if (pending == null || browser == null || !pending.browser().equals(browser)) {
            return Optional.empty();
        }
        byState.remove(state);
        return now.isBefore(pending.until()) ? Optional.of(pending.request()) : Optional.empty();
    }
}
