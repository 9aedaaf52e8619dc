package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ID token checks against a key set served over loopback, as the realm serves its own. */
class IdTokenVerifierTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static HttpServer realm;
    private static KeyPair realmKey;
    private static KeyPair strangerKey;
    private static IdTokenVerifier verifier;
    private static String issuer;

    @BeforeAll
    static void serveKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        realmKey = generator.generateKeyPair();
        strangerKey = generator.generateKeyPair();
        RSAPublicKey key = (RSAPublicKey) realmKey.getPublic();
        String jwks = "{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
                + B64.encodeToString(unsigned(key.getModulus().toByteArray())) + "\",\"e\":\""
                + B64.encodeToString(key.getPublicExponent().toByteArray()) + "\"}]}";
        realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        realm.createContext("/realms/test/protocol/openid-connect/certs", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        realm.start();
        OidcSettings settings = new OidcSettings();
        settings.server = "http://127.0.0.1:" + realm.getAddress().getPort();
        settings.realm = "test";
        settings.clientId = "partnerfit-portal";
        settings.clientSecret = "unused";
        issuer = settings.getIssuer();
        verifier = new IdTokenVerifier();
        verifier.oidc = settings;
    }

    @AfterAll
    static void stop() {
        realm.stop(0);
    }

    @Test
    void acceptsTheRealmsTokenAndReturnsItsClaims() throws Exception {
        var claims = verifier.verify(token(realmKey.getPrivate(), "RS256", "k1", claims(issuer, "partnerfit-portal", 300, "n1")), "n1");
        assertEquals("alice", claims.getString("preferred_username"));
    }

    @Test
    void refusesEveryTamperedOrMisdirectedToken() throws Exception {
        String good = claims(issuer, "partnerfit-portal", 300, "n1");
        assertRefused(token(strangerKey.getPrivate(), "RS256", "k1", good), "n1", "bad signature");
        assertRefused(token(realmKey.getPrivate(), "RS256", "k1", claims("http://evil/realms/test", "partnerfit-portal", 300, "n1")), "n1", "foreign issuer");
        assertRefused(token(realmKey.getPrivate(), "RS256", "k1", claims(issuer, "other-client", 300, "n1")), "n1", "not issued to");
        assertRefused(token(realmKey.getPrivate(), "RS256", "k1", claims(issuer, "partnerfit-portal", -600, "n1")), "n1", "expired");
        assertRefused(token(realmKey.getPrivate(), "RS256", "k1", good), "another-nonce", "nonce");
        assertRefused(token(realmKey.getPrivate(), "RS256", "k9", good), "n1", "unknown key");
        String unsigned = B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(good.getBytes(StandardCharsets.UTF_8)) + ".";
        assertRefused(unsigned + "x", "n1", "algorithm");
        String signed = token(realmKey.getPrivate(), "RS256", "k1", good);
        String[] parts = signed.split("\\.");
        String edited = parts[0] + "." + B64.encodeToString(good.replace("alice", "mallory").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertRefused(edited, "n1", "bad signature");
        assertRefused("not-a-token", "n1", "not a signed JWT");
    }

    private static void assertRefused(String token, String nonce, String reason) {
        var refused = assertThrows(IdTokenVerifier.InvalidToken.class, () -> verifier.verify(token, nonce));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage() + " should say " + reason);
    }

    private static String claims(String iss, String aud, long expiresIn, String nonce) {
        return "{\"iss\":\"" + iss + "\",\"aud\":\"" + aud + "\",\"exp\":" + (Instant.now().getEpochSecond() + expiresIn)
                + ",\"nonce\":\"" + nonce + "\",\"preferred_username\":\"alice\",\"groups\":[\"partner\"]}";
    }

    private static String token(PrivateKey key, String alg, String kid, String claims) throws Exception {
        String signingInput = B64.encodeToString(("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement[0] == 0 ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }
}
