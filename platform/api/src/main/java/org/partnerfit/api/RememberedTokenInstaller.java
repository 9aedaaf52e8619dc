package org.partnerfit.api;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.partnerfit.security.RememberedTokenSignIn;

/**
 * Puts the remembered-token sign-in in front of this module's authentication once the server has
 * registered it (its initializers run before any listener): a caller's bearer token is checked
 * once, then it signs the caller in without the server's bridge to the mechanisms.
 */
@WebListener
public class RememberedTokenInstaller implements ServletContextListener {

    @Inject
    private RememberedTokenSignIn signIn;

    private String registration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        registration = signIn.installFor(event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        RememberedTokenSignIn.uninstall(registration);
    }
}
