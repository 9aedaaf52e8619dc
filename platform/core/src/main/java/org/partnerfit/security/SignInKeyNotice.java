package org.partnerfit.security;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * One line in the server log at start saying where the sign-in key comes from, so that a shared
 * key too short to use shows at start, not at the first sign-in on one of several servers.
 */
@Singleton
@Startup
public class SignInKeyNotice {

    private static final Logger LOG = Logger.getLogger(SignInKeyNotice.class.getName());

    @Inject
    SignInSeal seal;

    @PostConstruct
    void announce() {
        LOG.info("Sign-in key: " + seal.keySource());
    }
}
