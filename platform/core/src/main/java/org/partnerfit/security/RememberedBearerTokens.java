package org.partnerfit.security;

import java.util.Optional;

import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The REST API's bearer-token login: MicroProfile JWT checks a token the first time it is seen,
 * and until its expiry the same token logs its caller in from {@link BearerTokenCache}. Requests
 * without a bearer token, and tokens the check refuses, go to MicroProfile JWT every time.
 */
final class RememberedBearerTokens implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final HttpAuthenticationMechanism checked;
    private final BearerTokenCache tokens;

    RememberedBearerTokens(HttpAuthenticationMechanism checked, BearerTokenCache tokens) {
        this.checked = checked;
        this.tokens = tokens;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String token = bearerToken(request);
        if (token == null) {
            return checked.validateRequest(request, response, context);
        }
        Optional<BearerTokenCache.Caller> known = tokens.get(token);
        if (known.isPresent()) {
            // What Payara's JWT mechanism does with a token it accepts, without checking it again.
            context.getClientSubject().getPrincipals().add(known.get().principal());
            return context.notifyContainerAboutLogin(known.get().principal(), known.get().groups());
        }
        AuthenticationStatus status = checked.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
            tokens.put(token, context.getCallerPrincipal(), context.getGroups());
        }
        return status;
    }

    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(BEARER) && header.length() > BEARER.length()
                ? header.substring(BEARER.length()) : null;
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
