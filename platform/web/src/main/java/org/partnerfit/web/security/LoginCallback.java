package org.partnerfit.web.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where the identity provider sends the browser back after login. The login mechanism has
 * already validated the tokens when this runs; it only moves the user on to the start page.
 * (The mechanism's own "redirect to original resource" replays the request with no parameter
 * map, which PrimeFaces cannot handle, so it stays off.)
 */
@WebServlet("/Callback")
public class LoginCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @jakarta.ejb.EJB
    private org.partnerfit.audit.AuditTrail audit;

    @jakarta.inject.Inject
    private Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null) {
            audit.recordAs(request.getUserPrincipal().getName(), org.partnerfit.audit.AuditAction.LOGIN,
                    caller.tenant().orElse(null), "portal", String.join(",", caller.getOrganizations()));
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
