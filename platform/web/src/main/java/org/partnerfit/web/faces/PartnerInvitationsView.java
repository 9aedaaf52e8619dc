package org.partnerfit.web.faces;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.PartnerInvitation;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.web.security.Caller;

/** The partner contact's dashboard: every invitation granted to them. */
@Named
@RequestScoped
public class PartnerInvitationsView {

    @EJB
    private PartnerPortal portal;

    @Inject
    private Caller caller;

    private List<PartnerInvitation> invitations;

    public List<PartnerInvitation> getInvitations() {
        if (invitations == null) {
            invitations = portal.invitations(caller.getEmail());
        }
        return invitations;
    }
}
