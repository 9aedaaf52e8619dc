package org.partnerfit.web.faces;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.PartnerInvitation;
import org.partnerfit.assessment.application.PartnerFeedback;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.assessment.application.SharedFeedback;
import org.partnerfit.web.security.Caller;

/** The partner contact's dashboard: every invitation granted to them. */
@Named
@RequestScoped
public class PartnerInvitationsView {

    @EJB
    private PartnerPortal portal;

    @EJB
    private PartnerFeedback feedback;

    @Inject
    private Caller caller;

    private List<PartnerInvitation> invitations;
    private final java.util.Map<Long, java.util.Optional<SharedFeedback>> feedbacks = new java.util.HashMap<>();

    /** Submits every criterion of an invitation at once; nothing is submitted while one is incomplete. */
    public void submitAll(long invitationId) {
        try {
            int submitted = portal.submitAll(caller.getEmail(), invitationId);
            FacesResponses.info(submitted + " " + FacesResponses.text("invitations.submittedAll"));
        } catch (org.partnerfit.shared.StateConflictException e) {
            FacesResponses.error(e.getMessage(), java.util.Map.of());
        } catch (org.partnerfit.shared.InvalidInputException e) {
            FacesResponses.error(FacesResponses.text("invitations.incomplete"), e.problems());
        }
        invitations = null;
    }

    /**
     * The client's feedback to this firm, or null while none is shared. Read only where the
     * invitation says it is shared: a transaction per invitation of a contact invited 64 times was
     * half the dashboard's time.
     */
    public SharedFeedback feedback(PartnerInvitation invitation) {
        if (!invitation.feedbackShared()) {
            return null;
        }
        return feedbacks.computeIfAbsent(invitation.invitationId(), i -> feedback.forPartner(caller.getEmail(), i)).orElse(null);
    }

    public List<PartnerInvitation> getInvitations() {
        if (invitations == null) {
            invitations = portal.invitations(caller.getEmail());
        }
        return invitations;
    }
}
