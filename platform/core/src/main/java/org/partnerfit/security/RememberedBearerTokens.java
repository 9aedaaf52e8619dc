package org.partnerfit.security;

import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The REST API's bearer-token mechanism: MicroProfile JWT checks the token, and each token it
 * accepts is remembered in {@link BearerTokenCache} until its expiry. Later requests with that
 * token sign in through {@link RememberedTokenAuthContext} and do not come here. Requests
 * without a bearer token, and tokens the check refuses, come to MicroProfile JWT every time.
 */
final class RememberedBearerTokens implements HttpAuthenticationMechanism {

    private final HttpAuthenticationMechanism checked;
    private final BearerTokenCache tokens;

    RememberedBearerTokens(HttpAuthenticationMechanism checked, BearerTokenCache tokens) {
        this.checked = checked;
        this.tokens = tokens;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        AuthenticationStatus status = checked.validateRequest(request, response, context);
        String token = BearerTokenCache.bearerToken(request);
        if (token != null && status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
            tokens.put(token, context.getCallerPrincipal(), context.getGroups());
        }
        return status;
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return checked.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        checked.cleanSubject(request, response, context);
    }
}
