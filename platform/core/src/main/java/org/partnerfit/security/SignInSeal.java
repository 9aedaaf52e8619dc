package org.partnerfit.security;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-ins under way, kept by the browser instead of the server: a visitor who is not signed in
 * then costs no memory at all. An HTTP session each once filled the heap within a minute of a
 * flood; a bounded store in its place let a flood push out real sign-ins faster than anyone
 * types a password.
 *
 * <p>The browser keeps the page to return to and the end of the sign-in's lifetime, under an
 * HMAC with a key of this server's, made at start and never shown, or shared by the servers
 * behind one address ({@code partnerfit.signin.key}). The nonce and the PKCE
 * verifier are not kept anywhere: they are derived from the state with the same key, so they
 * are as unguessable as the key and the browser holds no secret. A value opens only with the
 * state it was sealed for, so it cannot be moved to another sign-in. Without a shared key a
 * restart makes a new one: sign-ins under way then start again.
 */
@ApplicationScoped
public class SignInSeal {

    /** Time to type a username and password at the provider; a later answer means signing in again. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    /**
     * Bytes of a page address a sign-in returns to: the browser carries it in a cookie, one per
     * sign-in under way, and eight of them must fit in a request's headers.
     */
    static final int MAX_RETURN_TO = 256;

    /** A sealed value: lifetime's end (epoch milliseconds), the return page (URL-safe Base64), the HMAC. */
    private static final Pattern SEALED = Pattern.compile("([0-9]{1,15})\\.([A-Za-z0-9_-]{0," + (MAX_RETURN_TO * 4 + 2) / 3
            + "})\\.([A-Za-z0-9_-]{43})");

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(SignInSeal.class.getName());

    /** Characters a shared key must have at least: a shorter one is too easily guessed. */
    static final int MIN_SHARED_KEY = 32;

    /** Shared by the servers behind one address, and kept over restarts; without it each start makes one. */
    @Inject
    @ConfigProperty(name = "partnerfit.signin.key")
    Optional<String> sharedKey = Optional.empty();

    private SecretKeySpec key = new SecretKeySpec(random(32), "HmacSHA256");

    @PostConstruct
    void useSharedKey() {
        if (sharedKey.isPresent() && usable().isEmpty()) {
            LOG.warning("partnerfit.signin.key (PARTNERFIT_SIGNIN_KEY) is ignored: it must have " + MIN_SHARED_KEY + " characters at least (it has "
                    + sharedKey.get().length() + "). Sign-ins under way count only on this server, until it restarts.");
        }
        usable().ifPresent(shared -> {
            try {
                key = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(shared.getBytes(StandardCharsets.UTF_8)),
                        "HmacSHA256");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Every JDK has SHA-256", e);
            }
        });
    }

    /** Where the key comes from, for the server log at start. */
    public String keySource() {
        return usable().isPresent() ? "shared (partnerfit.signin.key)"
                : "made at this start (set partnerfit.signin.key, PARTNERFIT_SIGNIN_KEY, to share it)";
    }

    private Optional<String> usable() {
        return sharedKey.filter(k -> k.length() >= MIN_SHARED_KEY);
    }

    /** Whether a browser's cookie can carry this return address. */
    static boolean fits(String returnTo) {
        return returnTo.getBytes(StandardCharsets.UTF_8).length <= MAX_RETURN_TO;
    }

    /**
     * A sign-in started now, returning to this page, and the value its browser keeps until the
     * answer. An address longer than {@link #MAX_RETURN_TO} bytes is refused: the caller chooses
     * a shorter one.
     */
    public Started start(String returnTo, Instant now) {
        if (!fits(returnTo)) {
            throw new IllegalArgumentException("A return address of more than " + MAX_RETURN_TO + " bytes");
        }
        String state = BASE64.encodeToString(random(24));
        long until = now.plus(LIFETIME).toEpochMilli();
        String sealed = until + "." + BASE64.encodeToString(returnTo.getBytes(StandardCharsets.UTF_8))
                + "." + BASE64.encodeToString(mac("sealed", state, Long.toString(until), returnTo));
        return new Started(request(state, returnTo), sealed);
    }

    /** The sign-in a browser's value holds for this state, if this server sealed it and its lifetime is not over. */
    public Optional<SignInRequest> open(String state, String sealed, Instant now) {
        Matcher parts = sealed == null || state == null ? null : SEALED.matcher(sealed);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        String returnTo;
        try {
            returnTo = new String(Base64.getUrlDecoder().decode(parts.group(2)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) { // a length no encoder makes
            return Optional.empty();
        }
        byte[] expected = mac("sealed", state, parts.group(1), returnTo);
        if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts.group(3)))
                || !now.isBefore(Instant.ofEpochMilli(Long.parseLong(parts.group(1))))) {
            return Optional.empty();
        }
        return Optional.of(request(state, returnTo));
    }

    /** When a sealed value's lifetime ends, as it says (not checked): to let the oldest of a browser's go first. */
    static long until(String sealed) {
        Matcher parts = sealed == null ? null : SEALED.matcher(sealed);
        return parts != null && parts.matches() ? Long.parseLong(parts.group(1)) : 0;
    }

    private SignInRequest request(String state, String returnTo) {
        String nonce = BASE64.encodeToString(mac("nonce", state));
        return new SignInRequest(state, nonce, Pkce.of(BASE64.encodeToString(mac("verifier", state))), returnTo);
    }

    /** The HMAC of the parts, each length-prefixed, so that no two lists of parts read alike. */
    private byte[] mac(String... parts) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                for (String part : parts) {
                    byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }

    /** A sign-in just started, and what its browser keeps. */
    public record Started(SignInRequest request, String sealed) {
    }
}
