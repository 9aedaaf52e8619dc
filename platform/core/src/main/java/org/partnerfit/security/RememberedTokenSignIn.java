package org.partnerfit.security;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.ServletContext;

/**
 * Bearer tokens are checked once: the bearer mechanism remembers each token MicroProfile JWT
 * accepts ({@link RememberedBearerTokens}), and the sign-in of the web module it serves, put in
 * front of the server's own, signs a remembered token's caller in straight away
 * ({@link RememberedTokenAuthContext}). Both share this one memory of tokens.
 */
@ApplicationScoped
public class RememberedTokenSignIn {

    private static final Logger LOG = Logger.getLogger(RememberedTokenSignIn.class.getName());

    /** Jakarta Authentication's layer of servlet containers. */
    private static final String LAYER = "HttpServlet";

    private final BearerTokenCache tokens = new BearerTokenCache(Clock.systemUTC());

    /** The bearer mechanism, remembering every token it accepts. */
    HttpAuthenticationMechanism remembering(HttpAuthenticationMechanism checked) {
        return new RememberedBearerTokens(checked, tokens);
    }

    /**
     * Puts the remembered-token sign-in in front of the authentication the server registered for
     * this web module; call it from a listener of the module, once the bridge is registered.
     *
     * @return the registration, for {@link #uninstall} when the module stops; null if the server
     *         registered no authentication for the module, which is then left as it is
     */
    public String installFor(ServletContext module) {
        String appContext = module.getVirtualServerName() + " " + module.getContextPath();
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        AuthConfigProvider bridge = factory == null ? null : factory.getConfigProvider(LAYER, appContext, null);
        if (bridge == null) {
            LOG.warning(() -> "No authentication is registered for " + appContext + ": every bearer token is checked on every request");
            return null;
        }
        return factory.registerConfigProvider(new RememberedTokenAuthProvider(bridge, tokens), LAYER, appContext,
                "PartnerFit: remembered bearer tokens, then the Jakarta Security bridge");
    }

    /** Removes a registration made by {@link #installFor}; the bridge's own removal may have done so already. */
    public static void uninstall(String registration) {
        if (registration != null) {
            AuthConfigFactory.getFactory().removeRegistration(registration);
        }
    }
}
