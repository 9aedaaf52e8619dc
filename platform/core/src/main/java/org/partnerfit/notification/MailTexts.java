package org.partnerfit.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.eclipse.microprofile.config.ConfigProvider;
import org.partnerfit.assessment.application.ClarificationPosted;
import org.partnerfit.assessment.application.FeedbackShared;
import org.partnerfit.assessment.application.PartnerInvited;
import org.partnerfit.spi.Text;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Writes the mails, English first and then Simplified Chinese in the same message: we do not
 * know which language a partner contact reads before they sign in. The texts are the resource
 * bundle {@code mail} beside this class; every link points into the portal, where the contact
 * signs in with the address the mail went to.
 */
final class MailTexts {

    static final String PORTAL_URL = "partnerfit.portal.url";

    private static final String BUNDLE = "org.partnerfit.notification.mail";
    // English first. No fallback to the server's default locale, which would swap the languages.
    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE);
    private static final String SEPARATOR = "\n\n----------------------------------------\n\n";

    private final String portal;

    MailTexts(String portalUrl) {
        this.portal = portalUrl.strip().replaceAll("/+$", "");
    }

    /** With the portal address in force now ({@code partnerfit.portal.url}). */
    static MailTexts current() {
        return new MailTexts(ConfigProvider.getConfig().getOptionalValue(PORTAL_URL, String.class).orElse("http://localhost:8080"));
    }

    String portal() {
        return portal;
    }

    OutgoingMail invitation(PartnerInvited e, String clientName) {
        String link = portal + "/partner/invitations.xhtml";
        return bilingual(e.tenant(), e.contactEmail(), "invitation",
                b -> new Object[] {clientName, e.firmName(), e.assessmentName(), due(b, e.dueDate()), e.contactEmail(), link});
    }

    OutgoingMail clarification(ClarificationPosted e, String clientName, Text criterion) {
        String link = portal + "/partner/answer.xhtml?invitation=" + e.invitationId() + "&criterion=" + e.pluginId();
        return bilingual(e.tenant(), e.contactEmail(), "clarification",
                b -> new Object[] {clientName, e.firmName(), e.assessmentName(), criterion.in(b.getLocale()), e.contactEmail(), link});
    }

    OutgoingMail feedback(FeedbackShared e, String clientName) {
        String link = portal + "/partner/invitations.xhtml";
        return bilingual(e.tenant(), e.contactEmail(), "feedback",
                b -> new Object[] {clientName, e.firmName(), e.assessmentName(), "", e.contactEmail(), link});
    }

    OutgoingMail reminder(ReminderDue e, String clientName) {
        String link = portal + "/partner/invitations.xhtml";
        return bilingual(e.tenant(), e.contactEmail(), "reminder",
                b -> new Object[] {clientName, e.firmName(), e.assessmentName(), e.dueDate().toString(), e.contactEmail(), link,
                        e.daysLeft(), e.submitted(), e.criteria()});
    }

    /**
     * Subject and body of {@code key} in each language, joined. The arguments are built per
     * language (a missing due date reads differently); dates stay ISO, clear in both.
     */
    private OutgoingMail bilingual(TenantId tenant, String to, String key, Function<ResourceBundle, Object[]> arguments) {
        StringBuilder subject = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, MailTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] args = arguments.apply(bundle);
            subject.append(subject.length() == 0 ? "" : " | ").append(format(bundle, key + ".subject", args));
            body.append(body.length() == 0 ? "" : SEPARATOR).append(format(bundle, key + ".body", args))
                    .append("\n\n").append(bundle.getString("footer"));
        }
        return new OutgoingMail(tenant, to, subject.toString(), body.append('\n').toString());
    }

    private static String due(ResourceBundle bundle, LocalDate dueDate) {
        return dueDate == null ? bundle.getString("due.none") : dueDate.toString();
    }

    private static String format(ResourceBundle bundle, String key, Object[] args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
