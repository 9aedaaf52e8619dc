package org.partnerfit.web.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.partnerfit.security.OidcSettings;
import org.partnerfit.security.PortalIdentity;

/**
 * Ends the portal session and then the identity provider's single sign-on session (OpenID
 * Connect RP-initiated logout, with the ID token as hint so Keycloak asks no question), after
 * which Keycloak sends the browser back to the start page — and so to the login form.
 */
@Named("logout")
@RequestScoped
public class Logout {

    @Inject
    private HttpServletRequest request;

    @Inject
    private OidcSettings oidc;

    public void logout() throws IOException {
        String idToken = PortalIdentity.of(request).map(PortalIdentity::idToken).orElse(null);
        // The sign-in lives in the HTTP session: ending the session ends it.
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String back = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        String endSession = oidc.getEndSessionEndpoint() + "?client_id=" + enc(oidc.getClientId())
                + "&post_logout_redirect_uri=" + enc(back) + (idToken == null ? "" : "&id_token_hint=" + enc(idToken));
        if (!external.isResponseCommitted()) {
            external.redirect(endSession);
        }
        faces.responseComplete();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
