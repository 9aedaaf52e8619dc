package org.partnerfit.web.faces;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.PartnerInvitation;
import org.partnerfit.assessment.application.PartnerInvitationPage;
import org.partnerfit.assessment.application.PartnerFeedback;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.assessment.application.SharedFeedback;
import org.partnerfit.web.security.Caller;

/**
 * The partner contact's dashboard: the invitations granted to them, 20 to a page, those open for
 * answers first (see {@link PartnerPortal#invitations(org.partnerfit.assessment.application.PartnerContact, int, int)}).
 */
@Named
@RequestScoped
public class PartnerInvitationsView {

    @EJB
    private PartnerPortal portal;

    @EJB
    private PartnerFeedback feedback;

    @Inject
    private Caller caller;

    /** Invitations on a page: a contact invited 64 times got a page of 360 KB when all were on one. */
    static final int PAGE_SIZE = 20;

    private PartnerInvitationPage shown;
    /** The page asked for, from 1; out of range is the nearest page there is. */
    private int page = 1;
    private boolean badPage;
    private final java.util.Map<Long, java.util.Optional<SharedFeedback>> feedbacks = new java.util.HashMap<>();

    /**
     * The page comes from the request itself, a link's query or a form's hidden field, and not
     * from a view parameter: a Submit all must find its invitation among the same page's rows
     * while the form is decoded, before view parameters are applied.
     */
    @PostConstruct
    void readPage() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
        if (asked != null && !asked.isBlank()) {
            try {
                page = Integer.parseInt(asked.strip());
            } catch (NumberFormatException e) {
                badPage = true;
            }
        }
    }

    /** Whether the page asked for was not a number (the first page is shown instead). */
    public boolean isBadPage() {
        return badPage;
    }

    /**
     * Submits every criterion of an invitation at once; nothing is submitted while one is
     * incomplete. The invitation is the one the form was shown for, posted with it: the rows read
     * now may be in another order (a client opened or closed an assessment meanwhile).
     */
    public void submitAll() {
        long invitationId;
        try {
            invitationId = Long.parseLong(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .getOrDefault("invitation", "").strip());
        } catch (NumberFormatException e) {
            invitationId = 0;   // no invitation has it
        }
        try {
            int submitted = portal.submitAll(caller.getContact(), invitationId);
            FacesResponses.info(submitted + " " + FacesResponses.text("invitations.submittedAll"));
        } catch (org.partnerfit.shared.StateConflictException e) {
            FacesResponses.refused(e, false);
        } catch (org.partnerfit.shared.InvalidInputException e) {
            FacesResponses.error(FacesResponses.text("invitations.incomplete"), java.util.Map.of());
            FacesResponses.problems(e);
        } catch (org.partnerfit.shared.NotFoundException e) {
            FacesResponses.error(FacesResponses.text("invitations.gone"), java.util.Map.of());
        } catch (jakarta.ejb.EJBException | org.partnerfit.shared.ConcurrentChangeException e) {
            // A double click, or the answer tab saving at the same moment: the other one won.
            if (!org.partnerfit.shared.ConcurrentChange.in(e)) {
                throw e;
            }
            FacesResponses.error(FacesResponses.text("invitations.concurrentChange"), java.util.Map.of());
        }
        shown = null;
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
        return feedbacks.computeIfAbsent(invitation.invitationId(), i -> feedback.forPartner(caller.getContact(), i)).orElse(null);
    }

    /** The page of invitations this request shows, read once. */
    public PartnerInvitationPage getShown() {
        if (shown == null) {
            shown = portal.invitations(caller.getContact(), page, PAGE_SIZE);
        }
        return shown;
    }

    public List<PartnerInvitation> getInvitations() {
        return getShown().invitations();
    }
}
