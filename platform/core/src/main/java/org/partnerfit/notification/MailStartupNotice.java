package org.partnerfit.notification;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** One line in the server log at start saying whether and where mail goes: the first thing to check when none arrives. */
@Singleton
@Startup
public class MailStartupNotice {

    private static final Logger LOG = Logger.getLogger(MailStartupNotice.class.getName());

    @PostConstruct
    void announce() {
        try {
            LOG.info(MailSettings.current().map(s -> "Email on: via " + s + "; reminders " + ReminderDays.current()
                            + " day(s) before due dates; links to " + MailTexts.current().portal())
                    .orElse("Email off: set " + MailSettings.HOST + " (PARTNERFIT_MAIL_HOST) to send invitations and reminders"));
        } catch (IllegalArgumentException e) {
            LOG.warning("Email settings do not parse; no mail will be sent until they do: " + e.getMessage());
        }
    }
}
