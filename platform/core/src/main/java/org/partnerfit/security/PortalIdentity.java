package org.partnerfit.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.partnerfit.assessment.application.PartnerContact;

/**
 * Who signed in to the portal, as the identity provider's verified ID token says, kept in the
 * HTTP session (ending the session signs the user out of the portal). The tokens stay with it
 * so the session can be renewed and ended at the provider. The email is a partner contact's key
 * to their invitations, and whether the provider verified it decides which of them open
 * ({@link PartnerContact}).
 */
public record PortalIdentity(String name, String subject, String email, boolean emailVerified, List<String> groups,
                             List<String> organizations,
                             String idToken, String refreshToken, Instant expiresAt) implements Serializable {

    static final String SESSION_KEY = PortalIdentity.class.getName();

    public PortalIdentity {
        groups = List.copyOf(groups);
        organizations = List.copyOf(organizations);
    }

    /** The signed-in identity of this request's session, if any. */
    public static Optional<PortalIdentity> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((PortalIdentity) session.getAttribute(SESSION_KEY));
    }

    static PortalIdentity from(JsonObject claims, TokenEndpoint.Tokens tokens) {
        return new PortalIdentity(claims.getString("preferred_username", claims.getString("sub")), claims.getString("sub"),
                claims.getString("email", ""), claims.get("email_verified") == JsonValue.TRUE, strings(claims, "groups"), strings(claims, "organization"),
                tokens.idToken(), tokens.refreshToken(), tokens.expiresAt());
    }

    /** This user as a partner contact: their address, trusted as far as the provider verified it. */
    public PartnerContact contact() {
        return new PartnerContact(email, emailVerified, subject);
    }

    /** A claim that may be one string or an array of them (as {@code aud} or {@code groups}), as a list. */
    static List<String> strings(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        if (value instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
        }
        return value instanceof JsonString single ? List.of(single.getString()) : List.of();
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
