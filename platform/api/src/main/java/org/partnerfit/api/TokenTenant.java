package org.partnerfit.api;

import java.util.Set;

import jakarta.ws.rs.ForbiddenException;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * The tenant a client user's call works in: their only organization, or the one named in
 * {@code X-PartnerFit-Tenant}, which must be among the organizations in their token.
 */
final class TokenTenant {

    static final String HEADER = "X-PartnerFit-Tenant";

    private TokenTenant() {
    }

    static TenantId of(JsonWebToken token, String requested) {
        Set<String> organizations = Set.copyOf(TokenClaims.strings(token.getClaim("organization")));
        if (requested != null && !requested.isBlank()) {
            if (!organizations.contains(requested)) {
                throw new ForbiddenException("You are not a member of " + requested + ".");
            }
            return new TenantId(requested);
        }
        if (organizations.size() != 1) {
            throw new ForbiddenException(organizations.isEmpty() ? "Your token names no organization."
                    : "You belong to several organizations; name one in " + HEADER + ".");
        }
        return new TenantId(organizations.iterator().next());
    }
}
