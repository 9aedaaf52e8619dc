package org.partnerfit.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.partnerfit.assessment.application.ClarificationPosted;
import org.partnerfit.assessment.application.FeedbackShared;
import org.partnerfit.assessment.application.PartnerInvited;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Turns what the assessment services did into mail for partner contacts. Every observer runs
 * only after the action's transaction has committed (a rolled-back action mails nothing) and
 * hands the mail to {@link Mailer}, which writes and sends it on a managed thread.
 */
// A session bean, not an application-scoped one: in the EAR on Payara, Weld handed the
// after-commit notification to an application-scoped instance it had not injected (FISH-451).
@Stateless
public class PartnerNotifications {

    @Inject
    private Mailer mailer;

    @EJB
    private TenantDirectory tenants;

    @EJB
    private PluginRegistry plugins;

    // Observers of a session bean must be business methods, hence public.
    public void invited(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerInvited event) {
        mailer.queue(event.tenant(), event.contactEmail(), () -> MailTexts.current().invitation(event, clientName(event.tenant())));
    }

    /**
     * Only the client's messages are mailed, and without their text: a thread may carry what the
     * client tells one firm in confidence, and mail leaves the tenant wall. Partners' messages are
     * not mailed: the assessors' addresses live in the identity provider, and they see new
     * messages on the assessment's page.
     */
    public void clarificationPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClarificationPosted event) {
        if (event.fromAssessor()) {
            mailer.queue(event.tenant(), event.contactEmail(), () -> MailTexts.current().clarification(event, clientName(event.tenant()),
                    plugins.name(event.pluginId(), event.pluginVersion())));
        }
    }

    /** Says that feedback waits in the portal, not what it says (the same reason as for clarifications). */
    public void feedbackShared(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedbackShared event) {
        mailer.queue(event.tenant(), event.contactEmail(), () -> MailTexts.current().feedback(event, clientName(event.tenant())));
    }

    public void reminderDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReminderDue event) {
        mailer.queue(event.tenant(), event.contactEmail(), () -> MailTexts.current().reminder(event, clientName(event.tenant())));
    }

    private String clientName(TenantId tenant) {
        return tenants.find(tenant).map(t -> t.getName()).orElse(tenant.value());
    }
}
