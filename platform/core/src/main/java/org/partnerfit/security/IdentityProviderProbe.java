package org.partnerfit.security;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether the identity provider answers, asked at most every few seconds: the portal checks it
 * before sending a browser away to sign in, so an outage shows PartnerFit's own page instead of
 * a browser error at the provider's address.
 */
@ApplicationScoped
public class IdentityProviderProbe {

    private static final Logger LOG = Logger.getLogger(IdentityProviderProbe.class.getName());
    private static final Duration REMEMBER = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    OidcSettings oidc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile boolean up = true;
    private volatile Instant askedAt = Instant.EPOCH;

    public boolean isUp() {
        if (Instant.now().isAfter(askedAt.plus(REMEMBER))) {
            boolean now = ask();
            if (now != up) {
                LOG.warning(now ? "The identity provider answers again." : "The identity provider does not answer.");
            }
            up = now;
            askedAt = Instant.now();
        }
        return up;
    }

    private boolean ask() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(oidc.getDiscoveryDocument()).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
