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
 * Connect ({@link PortalLogin}); the REST API (context root {@code /api}) takes MicroProfile JWT
 * bearer tokens. Both are application-wide {@link HttpAuthenticationMechanism}s, which Jakarta
 * Security 3 cannot tell apart (it has no qualifiers for mechanisms until version 4), so this
 * enabled alternative stands in for both and delegates by context root. The bearer mechanism
 * remembers the tokens it accepts ({@link RememberedTokenSignIn}), so a token is checked once,
 * not on every call.
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
    private PortalLogin portal;

    @Inject
    private RememberedTokenSignIn rememberedTokens;

    private HttpAuthenticationMechanism bearer;

    @PostConstruct
    void findMechanisms() {
        for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass() == AuthenticationMechanismRouter.class || bean.getBeanClass() == PortalLogin.class) {
                continue;
            }
            String name = describe(bean);
            HttpAuthenticationMechanism mechanism = (HttpAuthenticationMechanism) beans.getReference(
                    bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            if (name.contains("JWTAuthenticationMechanism")) {
                bearer = rememberedTokens.remembering(mechanism);
            }
            LOG.fine(() -> "Authentication mechanism found: " + name);
        }
        if (bearer == null) {
            LOG.warning("Expected a bearer-token mechanism for the REST API; found none");
        }
    }

    private static String describe(Bean<?> bean) {
        return bean.getBeanClass().getName() + " " + bean.getTypes() + " " + bean.toString();
    }

    private HttpAuthenticationMechanism choose(HttpMessageContext context) {
        boolean api = API_CONTEXT_ROOT.equals(context.getRequest().getContextPath());
        HttpAuthenticationMechanism chosen = api ? bearer : portal;
        if (chosen == null) {
            throw new IllegalStateException("No bearer-token mechanism is deployed");
        }
        return chosen;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        return choose(context).validateRequest(request, response, context);
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
