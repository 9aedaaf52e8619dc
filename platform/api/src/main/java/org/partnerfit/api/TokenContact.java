package org.partnerfit.api;

import java.util.List;

import jakarta.ws.rs.ForbiddenException;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.partnerfit.assessment.application.PartnerContact;

/**
 * The partner contact a token speaks for: its email address, the key of the contact's
 * invitations, and whether the identity provider verified it. An unverified address could be one
 * a user typed in for somebody else's invitations, so PartnerGrants trusts it only for the
 * organisation that gave the account out.
 */
final class TokenContact {

    private TokenContact() {
    }

    static PartnerContact of(JsonWebToken token) {
        List<String> email = TokenClaims.strings(token.getClaim("email"));
        if (email.isEmpty() || email.get(0).isBlank()) {
            throw new ForbiddenException("Your token carries no email address; partner calls need one.");
        }
        return new PartnerContact(email.get(0), TokenClaims.strings(token.getClaim("email_verified")).equals(List.of("true")),
                token.getSubject());
    }
}
