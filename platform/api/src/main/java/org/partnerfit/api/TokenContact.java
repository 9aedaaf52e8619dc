package org.partnerfit.api;

import java.util.List;

import jakarta.ws.rs.ForbiddenException;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The partner contact a token speaks for: its verified email address, the key of the contact's
 * invitations. An unverified address could be one a user typed in for somebody else's invitations.
 */
final class TokenContact {

    private TokenContact() {
    }

    static String email(JsonWebToken token) {
        List<String> email = TokenClaims.strings(token.getClaim("email"));
        if (email.isEmpty() || email.get(0).isBlank()) {
            throw new ForbiddenException("Your token carries no email address; partner calls need one.");
        }
        if (!TokenClaims.strings(token.getClaim("email_verified")).equals(List.of("true"))) {
            throw new ForbiddenException("Your email address is not verified.");
        }
        return email.get(0);
    }
}
