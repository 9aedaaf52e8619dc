package org.partnerfit.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client for the REST API, with tokens from the test Keycloak. */
final class Api {

    static final String KEYCLOAK = System.getProperty("e2e.keycloak", "http://localhost:18180");
    private static final String TOKEN_URL = KEYCLOAK + "/realms/partnerfit/protocol/openid-connect/token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** A token for the operator automation client (client credentials). */
    static String automationToken() {
        return token("grant_type=client_credentials&client_id=partnerfit-automation&client_secret=partnerfit-automation-dev-secret");
    }

    /** A user's own token through the command-line client (password grant). */
    static String userToken(String username) {
        return token("grant_type=password&client_id=partnerfit-cli&scope=openid%20organization%3A*&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + Browser.PASSWORD);
    }

    static String token(String form) {
        return token(form, TOKEN_URL);
    }

    /** A token from another realm's token endpoint (Keycloak's own admin, say). */
    static String token(String form, String tokenUrl) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No token (" + response.statusCode() + "): " + response.body());
        }
        return m.group(1);
    }

    static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/" + path))
                .timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** A call with a JSON body ({@code null} sends none), e.g. {@code json("PUT", "assessments/1/due-date", token, "{...}")}. */
    static HttpResponse<String> json(String method, String path, String token, String body) {
        HttpRequest.Builder builder = request(path, token);
        if (body == null) {
            return send(builder.method(method, HttpRequest.BodyPublishers.noBody()).build());
        }
        return send(builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** A download, kept as bytes. */
    static HttpResponse<byte[]> bytes(String path, String token) {
        return send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The first value of a field in a JSON text, raw (a string keeps its quotes off), or null. Enough
     * for these tests: JSON-B writes properties in alphabetical order, so neighbours are predictable.
     */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(\"([^\"]*)\"|[^,}\\]]+)").matcher(json);
        return !m.find() ? null : m.group(2) != null ? m.group(2) : m.group(1);
    }

    static long id(HttpResponse<String> response, String name) {
        String value = field(response.body(), name);
        if (value == null) {
            throw new IllegalStateException("No " + name + " in " + response.body());
        }
        return Long.parseLong(value);
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A portal download with a browser's session cookies, as bytes. */
    static HttpResponse<byte[]> getWithCookies(String url, String cookies) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
