package org.partnerfit.e2e;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** Forged, tampered and expired tokens for the attack suite. */
final class Tokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private Tokens() {
    }

    static String header(String token) {
        return new String(DECODE.decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }

    static String payload(String token) {
        return new String(DECODE.decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The same token with one character of its signature changed. */
    static String badSignature(String token) {
        String[] parts = token.split("\\.");
        char[] signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    /** The payload edited (for example another organization), the original signature kept. */
    static String editedPayload(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = payload(token).replace(from, to);
        return parts[0] + "." + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The payload with "alg":"none" and no signature. */
    static String unsigned(String token) {
        String header = URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The same claims, signed by a key of the attacker's own (as a foreign issuer would). */
    static String signedByStranger(String token) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        String kid = new BigInteger(1, ((RSAPublicKey) keys.getPublic()).getModulus().toByteArray()).toString(16).substring(0, 16);
        String header = URL.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + token.split("\\.")[1];
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + URL.encodeToString(rsa.sign());
    }

    /**
     * A real token of the realm that has expired: a client whose tokens live one second is
     * created through Keycloak's admin API (the test Keycloak's bootstrap admin), used, then waited out.
     */
    static String expired(String username) throws InterruptedException {
        String admin = adminToken();
        String client = "{\"clientId\":\"attack-suite-short-lived\",\"publicClient\":true,\"directAccessGrantsEnabled\":true,"
                + "\"standardFlowEnabled\":false,\"attributes\":{\"access.token.lifespan\":\"1\"},"
                + "\"protocolMappers\":[{\"name\":\"aud\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-audience-mapper\","
                + "\"config\":{\"included.custom.audience\":\"partnerfit-api\",\"access.token.claim\":\"true\"}}]}";
        HttpResponse<String> created = Api.send(HttpRequest.newBuilder(URI.create(Api.KEYCLOAK + "/admin/realms/partnerfit/clients"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client)).build());
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Could not create the short-lived client: " + created.statusCode() + " " + created.body());
        }
        String token = Api.token("grant_type=password&client_id=attack-suite-short-lived&username=" + username
                + "&password=" + Browser.PASSWORD);
        Thread.sleep(2500);
        return token;
    }

    /**
     * A user's token (command-line client) that lives {@code seconds}: the client's token lifespan
     * is set through Keycloak's admin API for the one token and put back at once.
     */
    static String shortLived(String username, int seconds) {
        String admin = adminToken();
        String client = Api.field(adminCall("GET", ADMIN_REALM + "clients?clientId=partnerfit-cli", admin, null).body(), "id");
        if (adminCall("PUT", ADMIN_REALM + "clients/" + client, admin,
                "{\"attributes\":{\"access.token.lifespan\":\"" + seconds + "\"}}").statusCode() != 204) {
            throw new IllegalStateException("Could not shorten the command-line client's token lifespan");
        }
        try {
            return Api.userToken(username);
        } finally {
            adminCall("PUT", ADMIN_REALM + "clients/" + client, admin, "{\"attributes\":{\"access.token.lifespan\":\"\"}}");
        }
    }

    /** The partnerfit realm's admin API, for {@link #adminCall}. */
    static final String ADMIN_REALM = Api.KEYCLOAK + "/admin/realms/partnerfit/";

    /**
     * A user of the partnerfit realm with one realm role ({@code roleJson}, as Keycloak gives it),
     * made through the admin API; with the tests' password when {@code canSignIn}. Its id.
     */
    static String createUser(String admin, String email, String roleJson, boolean canSignIn) {
        return createUser(admin, email, roleJson, canSignIn, true);
    }

    /** The same, with its address verified or not. */
    static String createUser(String admin, String email, String roleJson, boolean canSignIn, boolean emailVerified) {
        HttpResponse<String> created = adminCall("POST", ADMIN_REALM + "users", admin, "{\"username\":\"" + email + "\",\"email\":\"" + email
                + "\",\"firstName\":\"Test\",\"lastName\":\"User\",\"enabled\":true,\"emailVerified\":" + emailVerified
                + (canSignIn ? ",\"credentials\":[{\"type\":\"password\",\"value\":\"" + Browser.PASSWORD + "\",\"temporary\":false}]" : "")
                + "}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not create " + email + ": " + created.statusCode() + " " + created.body());
        }
        String user = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        HttpResponse<String> mapped = adminCall("POST", ADMIN_REALM + "users/" + user + "/role-mappings/realm", admin, "[" + roleJson + "]");
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not give " + email + " the role: " + mapped.statusCode() + " " + mapped.body());
        }
        return user;
    }

    /** A realm role as Keycloak's admin API gives it, to pass to {@link #createUser}. */
    static String realmRole(String admin, String role) {
        return adminCall("GET", ADMIN_REALM + "roles/" + role, admin, null).body();
    }

    /** A call to Keycloak's admin API with the bootstrap admin's token. */
    static HttpResponse<String> adminCall(String method, String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return Api.send(request.build());
    }

    static String adminToken() {
        HttpResponse<String> response = Api.send(HttpRequest.newBuilder(
                        URI.create(Api.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build());
        var m = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("No admin token: " + response.body());
        }
        return m.group(1);
    }
}
