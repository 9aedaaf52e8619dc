package org.partnerfit.notification;

import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMTP server mail goes through. Read from MicroProfile Config for every mail rather than
 * injected once, so a changed system property applies to the next mail (after Payara's config
 * cache, 60 s by default). No host means mail is off.
 */
record MailSettings(String host, int port, String from, String user, String password, boolean startTls) {

    static final String HOST = "partnerfit.mail.host";

    // A mail server that stops answering must not keep a managed thread for ever.
    private static final String TIMEOUT_MS = "10000";

    /** The settings in force now, or empty when mail is off. */
    static Optional<MailSettings> current() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(HOST, String.class).map(String::strip).filter(h -> !h.isEmpty())
                .map(host -> new MailSettings(host,
                        config.getOptionalValue("partnerfit.mail.port", Integer.class).orElse(25),
                        config.getOptionalValue("partnerfit.mail.from", String.class).orElse("PartnerFit <no-reply@localhost>"),
                        config.getOptionalValue("partnerfit.mail.user", String.class).orElse(null),
                        config.getOptionalValue("partnerfit.mail.password", String.class).orElse(""),
                        config.getOptionalValue("partnerfit.mail.starttls", Boolean.class).orElse(false)));
    }

    /** A session of its own for these settings; never the JVM-wide default one, which other applications share. */
    Session session() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        if (startTls) {
            // Required, not just enabled: a server that cannot encrypt must not receive the password in clear.
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (user == null) {
            return Session.getInstance(p);
        }
        p.setProperty("mail.smtp.auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    /** For the log: everything but the password. */
    @Override
    public String toString() {
        return host + ":" + port + " from " + from + (user == null ? "" : " as " + user) + (startTls ? " with STARTTLS" : "");
    }
}
