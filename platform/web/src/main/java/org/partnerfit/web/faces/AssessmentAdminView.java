package org.partnerfit.web.faces;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.AssessmentSetup;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.provisioning.IdentityProviderUnavailableException;
import org.partnerfit.web.provisioning.Provisioning;
import org.partnerfit.web.provisioning.ProvisioningException;
import org.partnerfit.web.security.Caller;

/**
 * A client admin invites partner firms to a draft assessment and opens it. A contact without an
 * account gets one (role partner) with a one-time password shown once.
 */
@Named
@RequestScoped
public class AssessmentAdminView {

    @EJB
    private AssessmentSetup setup;

    @Inject
    private Provisioning provisioning;

    @Inject
    private Caller caller;

    private String firm;
    private String email;
    private String firstName;
    private String lastName;

    public String invite(long assessmentId) {
        TenantId tenant = caller.tenant().orElse(null);
        if (tenant == null) {
            FacesResponses.notFound();
            return null;
        }
        try {
            if (firm == null || firm.isBlank()) {
                throw new InvalidInputException(Wording.of("invite.firmMissing"), "firm", Wording.of("problem.required"));
            }
            setup.checkInvitation(tenant, assessmentId, firm.trim(), email);   // before an account is made for it
            String account = "";
            Provisioning.NewAccount created = null;
            if (!provisioning.hasAccount(email)) {
                created = provisioning.invite(tenant, email, firstName, lastName, "partner");
                account = " " + FacesResponses.text("invite.oneTime", created.username(), created.oneTimePassword());
            } else if (provisioning.hiddenUntilVerified(tenant, email)) {
                account = " " + FacesResponses.text("invite.hiddenUntilVerified");
            }
            try {
                setup.invite(tenant, assessmentId, firm.trim(), email);
            } catch (RuntimeException refused) {
                if (created != null) {
                    // Its password would never be shown, and nobody could sign in with it.
                    try {
                        provisioning.withdraw(tenant, created);
                    } catch (RuntimeException notWithdrawn) {
                        refused.addSuppressed(notWithdrawn);
                    }
                }
                throw refused;
            }
            FacesResponses.info(FacesResponses.text("invite.done", firm.trim()) + account);
            return AssessmentPages.reload(assessmentId);
        } catch (ProvisioningException e) {
            FacesResponses.error(e.message(FacesResponses.locale()), Map.of());
        } catch (IdentityProviderUnavailableException e) {
            FacesResponses.error(FacesResponses.text("provisioning.directoryDown"), Map.of());
        } catch (InvalidInputException e) {
            FacesResponses.refused(e, false);
        } catch (NotFoundException e) {
            FacesResponses.notFound();
        }
        return null;
    }

    public String open(long assessmentId) {
        caller.tenant().ifPresent(tenant -> {
            try {
                setup.open(tenant, assessmentId);
                FacesResponses.info(FacesResponses.text("invite.opened"));
            } catch (NotFoundException e) {
                FacesResponses.notFound();
            } catch (InvalidInputException e) {
                FacesResponses.refused(e, false);
            }
        });
        return FacesContext.getCurrentInstance().getResponseComplete() ? null : AssessmentPages.reload(assessmentId);
    }

    public String getFirm() {
        return firm;
    }

    public void setFirm(String firm) {
        this.firm = firm;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
