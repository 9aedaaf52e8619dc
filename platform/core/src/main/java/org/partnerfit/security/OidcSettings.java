package org.partnerfit.security;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the identity provider is and who the portal is to it, from MicroProfile Config
 * (environment variables {@code PARTNERFIT_OIDC_SERVER}, {@code PARTNERFIT_OIDC_REALM},
 * {@code PARTNERFIT_OIDC_CLIENT_ID}, {@code PARTNERFIT_OIDC_CLIENT_SECRET}). The endpoints follow
 * Keycloak's fixed layout under the realm, so no discovery round trip is needed at sign-in.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "partnerfit.oidc.server", defaultValue = "http://localhost:8180")
    String server;

    @Inject
    @ConfigProperty(name = "partnerfit.oidc.realm", defaultValue = "partnerfit")
    String realm;

    @Inject
    @ConfigProperty(name = "partnerfit.oidc.client-id", defaultValue = "partnerfit-portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "partnerfit.oidc.client-secret", defaultValue = "partnerfit-dev-secret")
    String clientSecret;

    public String getServer() {
        return server.replaceAll("/+$", "");
    }

    public String getRealm() {
        return realm;
    }

    public String getIssuer() {
        return getServer() + "/realms/" + realm;
    }

    private String endpoint(String name) {
        return getIssuer() + "/protocol/openid-connect/" + name;
    }

    public String getAuthorizationEndpoint() {
        return endpoint("auth");
    }

    public String getTokenEndpoint() {
        return endpoint("token");
    }

    public String getEndSessionEndpoint() {
        return endpoint("logout");
    }

    public String getJwksUri() {
        return endpoint("certs");
    }

    public URI getDiscoveryDocument() {
        return URI.create(getIssuer() + "/.well-known/openid-configuration");
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
