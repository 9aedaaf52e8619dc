package org.partnerfit.web.faces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.web.security.Caller;

/** Records in the audit trail each page the container refused to a signed-in user (the 403 page calls it). */
@Named
@RequestScoped
public class DeniedAccess {

    @EJB
    private AuditTrail audit;

    @Inject
    private Caller caller;

    public void record() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String who = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        audit.recordAs(who, AuditAction.ACCESS_DENIED, caller.tenant().orElse(null),
                "page " + (uri == null ? request.getRequestURI() : uri), "role not allowed");
    }
}
