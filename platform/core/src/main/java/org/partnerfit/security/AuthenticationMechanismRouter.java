package org.partnerfit.security;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends each request to the right login mechanism. The portal signs users in with OpenID
 * Connect; the REST API (context root {@code /api}) takes MicroProfile JWT bearer tokens. Both
 * register an application-wide {@link HttpAuthenticationMechanism}, which Jakarta Security 3
 * cannot tell apart (it has no qualifiers for mechanisms until version 4), so this enabled
 * alternative stands in for both and delegates by context root.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationMechanismRouter implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(AuthenticationMechanismRouter.class.getName());
    static final String API_CONTEXT_ROOT = "/api";

    @Inject
    private BeanManager beans;

    @Inject
    private IdentityProviderProbe provider;

    private HttpAuthenticationMechanism openId;
    private HttpAuthenticationMechanism bearer;

    @PostConstruct
    void findMechanisms() {
        for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass() == AuthenticationMechanismRouter.class) {
                continue;
            }
            String name = describe(bean);
            HttpAuthenticationMechanism mechanism = (HttpAuthenticationMechanism) beans.getReference(
                    bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            if (name.contains("OpenIdAuthenticationMechanism")) {
                openId = mechanism;
            } else if (name.contains("JWTAuthenticationMechanism")) {
                bearer = mechanism;
            }
            LOG.fine(() -> "Authentication mechanism found: " + name);
        }
        if (openId == null || bearer == null) {
            LOG.warning(() -> "Expected an OpenID and a bearer-token mechanism; found openId=" + openId + " bearer=" + bearer);
        }
    }

    private static String describe(Bean<?> bean) {
        return bean.getBeanClass().getName() + " " + bean.getTypes() + " " + bean.toString();
    }

    private HttpAuthenticationMechanism choose(HttpMessageContext context) {
        boolean api = API_CONTEXT_ROOT.equals(context.getRequest().getContextPath());
        HttpAuthenticationMechanism chosen = api ? bearer : openId;
        if (chosen == null) {
            throw new IllegalStateException("No " + (api ? "bearer-token" : "OpenID") + " mechanism is deployed");
        }
        return chosen;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        HttpAuthenticationMechanism chosen = choose(context);
        if (chosen == openId && wouldSendToSignIn(request, context) && !provider.isUp()) {
            try {
                SignInUnavailable.write(response);
            } catch (java.io.IOException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return chosen.validateRequest(request, response, context);
    }

    /** A protected portal page asked for without a signed-in session: the mechanism would redirect to the provider. */
    private static boolean wouldSendToSignIn(HttpServletRequest request, HttpMessageContext context) {
        return context.isProtected() && request.getUserPrincipal() == null && !request.getRequestURI().endsWith("/Callback");
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return choose(context).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        choose(context).cleanSubject(request, response, context);
    }
}
