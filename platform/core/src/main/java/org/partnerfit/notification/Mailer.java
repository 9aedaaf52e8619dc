package org.partnerfit.notification;

import java.util.Date;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Sends mail on the server's managed executor, so a slow or unreachable mail server never holds
 * up the action that caused the mail, and a failure never reaches its user: it is logged and
 * recorded in the tenant's audit trail.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private AuditTrail audit;

    /**
     * Writes and sends one mail on a managed thread, unless mail is off. The mail is written
     * there too, so the names it looks up cost the caller nothing.
     */
    public void queue(TenantId tenant, String to, Supplier<OutgoingMail> mail) {
        try {
            if (MailSettings.current().isEmpty()) {
                return;
            }
            executor.execute(() -> send(tenant, to, mail));
        } catch (RejectedExecutionException | IllegalArgumentException e) {
            // A full queue, or a setting that does not parse (a port that is not a number).
            LOG.warning(() -> "A mail to " + to + " for tenant " + tenant + " was not sent: " + e);
            recordFailure(tenant, "mail to " + to, "not queued: " + e);
        }
    }

    private void send(TenantId tenant, String to, Supplier<OutgoingMail> compose) {
        OutgoingMail mail = null;
        try {
            mail = compose.get();
            MailSettings settings = MailSettings.current().orElse(null);
            if (settings == null) {
                return;   // switched off since it was queued
            }
            deliver(mail, settings);
            OutgoingMail sent = mail;
            LOG.fine(() -> "Mailed '" + sent.subject() + "' to " + sent.to());
        } catch (MessagingException | RuntimeException e) {
            String what = mail == null ? "a mail to " + to + " for tenant " + tenant : "'" + mail.subject() + "' to " + mail.to();
            Exception failure = e;
            LOG.warning(() -> "Could not send " + what + ": " + failure
                    + (failure.getCause() == null ? "" : " (" + failure.getCause() + ")"));
            recordFailure(tenant, "mail to " + to, (mail == null ? "" : mail.subject() + ": ") + e);
        }
    }

    private void recordFailure(TenantId tenant, String subject, String detail) {
        try {
            audit.recordAs("system", AuditAction.MAIL_FAILED, tenant, subject, detail);
        } catch (RuntimeException auditFailed) {
            LOG.warning(() -> "Could not record the failed mail in the audit trail either: " + auditFailed);
        }
    }

    private static void deliver(OutgoingMail mail, MailSettings settings) throws MessagingException {
        MimeMessage message = new MimeMessage(settings.session());
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        // RFC 3834: tells out-of-office responders not to answer an automatic message.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
