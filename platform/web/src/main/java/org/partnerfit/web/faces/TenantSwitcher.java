package org.partnerfit.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.web.security.Caller;

/** Lets a user who belongs to several client organizations pick the one to work in. */
@Named
@RequestScoped
public class TenantSwitcher {

    @Inject
    private Caller caller;

    public String choose(String alias) {
        caller.choose(alias);
        return "/client/assessments?faces-redirect=true";
    }
}
