package org.partnerfit.web.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnerfit.security.PortalLogin;

/**
 * Where the identity provider sends the browser back after login. The login mechanism has
 * already verified the tokens when this runs; this records the login (once, though several tabs
 * may come back) and moves the user on to the page they were on when the sign-in began.
 */
@WebServlet(PortalLogin.CALLBACK)
public class LoginCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @jakarta.ejb.EJB
    private org.partnerfit.audit.AuditTrail audit;

    @jakarta.inject.Inject
    private Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null && PortalLogin.signedInNow(request)) { // not again for each tab the provider sends back
            audit.recordAs(request.getUserPrincipal().getName(), org.partnerfit.audit.AuditAction.LOGIN,
                    caller.tenant().orElse(null), "portal", String.join(",", caller.getOrganizations()));
        }
        response.sendRedirect(PortalLogin.pageAfterSignIn(request));
    }
}
