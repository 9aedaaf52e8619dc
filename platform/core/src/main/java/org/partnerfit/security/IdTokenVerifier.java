package org.partnerfit.security;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Checks an ID token before the portal believes it: an RS256 signature by one of the realm's
 * keys (fetched from its JWKS and refetched when a new key id appears, so key rotation needs no
 * restart), then issuer, audience, expiry and — at sign-in — the nonce this session sent.
 */
@ApplicationScoped
public class IdTokenVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final Duration REFETCH_AT_MOST_EVERY = Duration.ofSeconds(30);

    /** The token is not one the portal may accept; the message says why. */
    public static class InvalidToken extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidToken(String message) {
            super(message);
        }
    }

    @Inject
    OidcSettings oidc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private volatile Instant fetchedAt = Instant.EPOCH;

    /** The token's claims once every check passed; {@code nonce} null skips the nonce check (renewed tokens). */
    public JsonObject verify(String token, String nonce) throws InvalidToken, IOException {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new InvalidToken("not a signed JWT");
        }
        JsonObject header = json(decode(parts[0]));
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new InvalidToken("unexpected signature algorithm " + header.getString("alg", "(none)"));
        }
        PublicKey key = key(header.getString("kid", ""));
        if (!signatureValid(key, parts)) {
            throw new InvalidToken("bad signature");
        }
        JsonObject claims = json(decode(parts[1]));
        checkClaims(claims, nonce);
        return claims;
    }

    private void checkClaims(JsonObject claims, String nonce) throws InvalidToken {
        if (!oidc.getIssuer().equals(claims.getString("iss", null))) {
            throw new InvalidToken("foreign issuer " + claims.getString("iss", "(none)"));
        }
        if (!PortalIdentity.strings(claims, "aud").contains(oidc.getClientId())) {
            throw new InvalidToken("not issued to " + oidc.getClientId());
        }
        if (!claims.containsKey("exp") || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue())
                .plus(CLOCK_SKEW).isBefore(Instant.now())) {
            throw new InvalidToken("expired");
        }
        if (nonce != null && !nonce.equals(claims.getString("nonce", null))) {
            throw new InvalidToken("nonce does not match this sign-in");
        }
    }

    private static boolean signatureValid(PublicKey key, String[] parts) throws InvalidToken {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(decode(parts[2]));
        } catch (GeneralSecurityException e) {
            throw new InvalidToken("signature cannot be checked: " + e.getMessage());
        }
    }

    private PublicKey key(String kid) throws InvalidToken, IOException {
        PublicKey key = keys.get(kid);
        if (key == null && Instant.now().isAfter(fetchedAt.plus(REFETCH_AT_MOST_EVERY))) {
            fetchKeys();
            key = keys.get(kid);
        }
        if (key == null) {
            throw new InvalidToken("signed with unknown key " + kid);
        }
        return key;
    }

    private synchronized void fetchKeys() throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(oidc.getJwksUri())).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching the realm's keys", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("The realm's key set answered HTTP " + response.statusCode());
        }
        JsonObject keySet;
        try {
            keySet = json(response.body().getBytes(StandardCharsets.UTF_8));
        } catch (InvalidToken e) {
            throw new IOException("The realm's key set is not JSON");
        }
        fetchedAt = Instant.now();
        JsonArray published = keySet.get("keys") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue value : published) {
            if (!(value instanceof JsonObject)) {
                continue;
            }
            JsonObject jwk = value.asJsonObject();
            if ("RSA".equals(jwk.getString("kty", null)) && !"enc".equals(jwk.getString("use", null))) {
                try {
                    keys.put(jwk.getString("kid", ""), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                            new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e"))))));
                } catch (GeneralSecurityException | RuntimeException e) {
                    // A key the JDK cannot read signs nothing the portal accepts; the others still count.
                }
            }
        }
    }

    private static byte[] decode(String base64url) throws InvalidToken {
        try {
            return Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new InvalidToken("not base64url");
        }
    }

    private static JsonObject json(byte[] bytes) throws InvalidToken {
        try (var reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidToken("not JSON");
        }
    }
}
