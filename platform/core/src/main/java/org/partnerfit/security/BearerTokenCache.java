package org.partnerfit.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * API bearer tokens the MicroProfile JWT check accepted, with the caller each one names, until
 * the token expires. A token is signed claims: the same string checked again proves nothing new,
 * and Payara checks it by re-reading the realm's key from its JSON on every request (a fifth of a
 * ranking request's time, measured with infra/bench). Kept by the token's SHA-256, so nothing
 * compares secrets character by character, and at most {@value #CAPACITY} of them.
 */
final class BearerTokenCache {

    static final int CAPACITY = 1_000;

    private static final String BEARER = "Bearer ";

    /** Who a token names, and when it stops being good (epoch seconds, its {@code exp}). */
    record Caller(Principal principal, Set<String> groups, long expiresAt) {
    }

    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    private final Clock clock;

    BearerTokenCache(Clock clock) {
        this.clock = clock;
    }

    /** The caller of a token accepted before and not yet expired. */
    Optional<Caller> get(String token) {
        String key = key(token);
        Caller caller = callers.get(key);
        if (caller == null) {
            return Optional.empty();
        }
        if (clock.instant().getEpochSecond() >= caller.expiresAt()) {
            callers.remove(key, caller);
            return Optional.empty();
        }
        return Optional.of(caller);
    }

    /** Remembers a token just accepted; only a JWT principal with an expiry is kept. */
    void put(String token, Principal principal, Set<String> groups) {
        if (!(principal instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        if (callers.size() >= CAPACITY) {
            long now = clock.instant().getEpochSecond();
            callers.values().removeIf(c -> now >= c.expiresAt());
            if (callers.size() >= CAPACITY) {
                callers.clear();
            }
        }
        callers.put(key(token), new Caller(principal, groups == null ? Set.of() : Set.copyOf(groups), jwt.getExpirationTime()));
    }

    /** The token of a request's {@code Authorization: Bearer} header, or null. */
    static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(BEARER) && header.length() > BEARER.length()
                ? header.substring(BEARER.length()) : null;
    }

    int size() {
        return callers.size();
    }

    private static String key(String token) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
