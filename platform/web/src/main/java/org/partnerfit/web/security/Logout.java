package org.partnerfit.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Ends the portal session and, through the login mechanism, the identity provider's session too. */
@Named("logout")
@RequestScoped
public class Logout {

    @Inject
    private HttpServletRequest request;

    public void logout() throws ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isResponseCommitted()) {
            try {
                faces.getExternalContext().redirect(request.getContextPath() + "/");
            } catch (java.io.IOException e) {
                throw new ServletException(e);
            }
        }
        faces.responseComplete();
    }
}
