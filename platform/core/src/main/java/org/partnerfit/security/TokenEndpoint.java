package org.partnerfit.security;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

/**
 * The identity provider's token endpoint, called server to server as the confidential portal
 * client: trades an authorization code (with its PKCE verifier) for tokens, and renews them.
 */
@ApplicationScoped
public class TokenEndpoint {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** What the provider issued; {@code expiresAt} is when the access token, and so this sign-in's freshness, ends. */
    public record Tokens(String idToken, String refreshToken, Instant expiresAt) {
    }

    /** The provider answered, and said no (an expired or reused code, an ended session). */
    public static class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    @Inject
    OidcSettings oidc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public Tokens exchange(String code, String verifier, String redirectUri) throws Refused, IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("code_verifier", verifier);
        form.put("redirect_uri", redirectUri);
        return post(form);
    }

    public Tokens refresh(String refreshToken) throws Refused, IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(form);
    }

    private Tokens post(Map<String, String> form) throws Refused, IOException {
        form.put("client_id", oidc.getClientId());
        form.put("client_secret", oidc.getClientSecret());
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(oidc.getTokenEndpoint())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while calling the token endpoint", e);
        }
        JsonObject json = parse(response.body());
        if (response.statusCode() / 100 == 4) {
            throw new Refused(json.getString("error", "HTTP " + response.statusCode()) + ": "
                    + json.getString("error_description", ""));
        }
        if (response.statusCode() != 200 || !json.containsKey("id_token")) {
            throw new IOException("The token endpoint answered HTTP " + response.statusCode() + " without an ID token");
        }
        return new Tokens(json.getString("id_token"), json.getString("refresh_token", null),
                Instant.now().plusSeconds(json.getInt("expires_in", 60)));
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
