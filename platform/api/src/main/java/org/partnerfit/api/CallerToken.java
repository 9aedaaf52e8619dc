package org.partnerfit.api;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's token for the resources. The login put the token itself in the request as its
 * principal, and reading it there is cheap; the server's own injectable token asks the security
 * context for the caller on every request, which took about a twentieth of an API call. That one
 * stays the fallback for a request whose principal is something else. One instance for all
 * requests, reading the current one's principal at each call: as a request-scoped bean it was
 * built for every request, another fifteenth of a call.
 */
@ApplicationScoped
@Typed(CallerToken.class)
public class CallerToken implements JsonWebToken {

    @Inject
    private HttpServletRequest request;

    @Inject
    private Instance<JsonWebToken> injected;

    private JsonWebToken token() {
        return request.getUserPrincipal() instanceof JsonWebToken jwt ? jwt : injected.get();
    }

    @Override
    public String getName() {
        return token().getName();
    }

    @Override
    public Set<String> getClaimNames() {
        return token().getClaimNames();
    }

    @Override
    public <T> T getClaim(String claimName) {
        return token().getClaim(claimName);
    }

    // The token's own answers, should it answer otherwise than the interface's defaults.

    @Override
    public Set<String> getGroups() {
        return token().getGroups();
    }

    @Override
    public String getSubject() {
        return token().getSubject();
    }

    @Override
    public String getRawToken() {
        return token().getRawToken();
    }

    @Override
    public long getExpirationTime() {
        return token().getExpirationTime();
    }
}
