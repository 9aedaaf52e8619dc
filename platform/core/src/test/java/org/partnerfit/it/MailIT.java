package org.partnerfit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerfit.assessment.application.PartnerContact;
import org.partnerfit.assessment.application.AssessmentSetup;
import org.partnerfit.assessment.application.Clarifications;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditQuery;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.it.fixtures.EvidencePlugin;
import org.partnerfit.notification.DueDateReminders;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.application.PluginRejectedException;
import org.partnerfit.spi.Answers;
import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Mail to partner contacts, through a real SMTP server (GreenMail on a loopback port inside
 * Payara Micro). The mail settings are system properties set by each test after the deployment
 * started with mail off: that they apply proves the application reads them at send time.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final String PORTAL = "https://portal.partnerfit.test";
    private static final String CRITERION = "fixture-evidence";
    private static final List<String> SETTINGS = List.of("partnerfit.mail.host", "partnerfit.mail.port", "partnerfit.mail.from",
            "partnerfit.portal.url", "partnerfit.mail.reminder-days");

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.withMailServer(CoreDeployment.withFixtures("mail", EvidencePlugin.class));
    }

    @EJB
    private PluginRegistry plugins;

    @EJB
    private CriterionCatalogue catalogue;

    @EJB
    private TenantDirectory tenants;

    @EJB
    private AssessmentSetup setup;

    @EJB
    private org.partnerfit.assessment.application.AssessmentLifecycle lifecycle;

    @EJB
    private PartnerPortal portal;

    @EJB
    private Clarifications clarifications;

    @EJB
    private DueDateReminders reminders;

    @EJB
    private AuditTrail audit;

    private GreenMail smtp;

    /**
     * Starts GreenMail on a free loopback port and points the mail settings at it; closing stops
     * it and turns mail off again for whatever this server runs next. (Not @BeforeEach: the
     * JUnit 5 Arquillian extension may run those on the client side as well.)
     */
    private AutoCloseable mailServer() throws IOException {
        int port = freeLoopbackPort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        System.setProperty("partnerfit.mail.host", "127.0.0.1");
        System.setProperty("partnerfit.mail.port", Integer.toString(port));
        System.setProperty("partnerfit.mail.from", "PartnerFit Test <partnerfit@mail.test>");
        System.setProperty("partnerfit.portal.url", PORTAL);
        return () -> {
            SETTINGS.forEach(System::clearProperty);
            smtp.stop();
        };
    }

    private record Client(TenantId tenant, String suffix) {

        String contact(String who) {
            return who + "-" + suffix + "@partner.test";
        }
    }

    private Client client() {
        try {
            plugins.install(CoreDeployment.resource("fixtures/EvidencePlugin.jar"), "EvidencePlugin.jar");
        } catch (PluginRejectedException installedBefore) {
            // another test installed it
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TenantId tenant = tenants.register(new TenantId("mail-" + suffix), "Client " + suffix).getId();
        catalogue.enable(tenant, CRITERION, true);
        return new Client(tenant, suffix);
    }

    private long draft(Client client, LocalDate dueDate) {
        return setup.create(client.tenant(), "Search " + client.suffix(), "", dueDate, Map.of(CRITERION, 100));
    }

    @Test
    void contactsAreInvitedWhenTheAssessmentOpensOrWhenInvitedToAnOpenOne() throws Exception {
        try (var server = mailServer()) {
            Client c = client();
            LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(20);
            long assessment = draft(c, due);
            setup.invite(c.tenant(), assessment, "Northwind", c.contact("northwind"));
            setup.open(c.tenant(), assessment);
            setup.invite(c.tenant(), assessment, "Contoso", c.contact("contoso"));

            for (String contact : List.of(c.contact("northwind"), c.contact("contoso"))) {
                MimeMessage mail = mailsTo(contact, 1).get(0);
                assertEquals("Invitation from Client " + c.suffix() + ": Search " + c.suffix()
                        + " | Client " + c.suffix() + " 邀请您参加评估：Search " + c.suffix(), mail.getSubject());
                assertEquals("partnerfit@mail.test", ((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getAddress());
                String body = body(mail);
                assertTrue(body.contains("Due date: " + due) && body.contains("截止日期：" + due), body);
                assertTrue(body.contains("invites " + (contact.startsWith("northwind") ? "Northwind" : "Contoso")), body);
                assertTrue(body.contains(PORTAL + "/partner/invitations.xhtml"), body);
                assertTrue(body.indexOf("Hello,") < body.indexOf("您好"), "English first, then Chinese:\n" + body);
            }
            assertNoMoreMailTo(c.contact("northwind"), 1);
        }
    }

    @Test
    void anAssessorsMessageIsAnnouncedWithoutItsTextAndAPartnersIsNotMailed() throws Exception {
        try (var server = mailServer()) {
            Client c = client();
            long assessment = draft(c, LocalDate.now(ZoneOffset.UTC).plusDays(20));
            String contact = c.contact("northwind");
            long invitation = setup.invite(c.tenant(), assessment, "Northwind", contact);
            setup.open(c.tenant(), assessment);
            mailsTo(contact, 1);

            clarifications.ask(c.tenant(), invitation, CRITERION, "Is the delivery centre in Penang ISO 27001 certified?");
            clarifications.reply(PartnerContact.ofVerified(contact), invitation, CRITERION, "Yes, since 2021.");
            MimeMessage mail = mailsTo(contact, 2).get(1);
            assertEquals("New message from Client " + c.suffix() + " about Fixture " + CRITERION
                    + " | Client " + c.suffix() + " 就“测试 " + CRITERION + "”发来新消息", mail.getSubject());
            String body = body(mail);
            assertFalse(body.contains("ISO 27001"), "the message stays in the portal:\n" + body);
            assertTrue(body.contains(PORTAL + "/partner/answer.xhtml?invitation=" + invitation + "&criterion=" + CRITERION), body);
            assertNoMoreMailTo(contact, 2);
        }
    }

    @Test
    void contactsWhoHaveNotSubmittedEverythingAreRemindedOncePerDayCount() throws Exception {
        try (var server = mailServer()) {
            System.setProperty("partnerfit.mail.reminder-days", "5,3");
            Client c = client();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long assessment = draft(c, today.plusDays(3));
            String late = c.contact("late");
            String done = c.contact("done");
            setup.invite(c.tenant(), assessment, "Late Ltd", late);
            long doneInvitation = setup.invite(c.tenant(), assessment, "Done Ltd", done);
            setup.open(c.tenant(), assessment);
            portal.submit(PartnerContact.ofVerified(done), doneInvitation, CRITERION, new Answers(Map.of("ok", List.of("yes"))));
            mailsTo(late, 1);
            mailsTo(done, 1);

            reminders.remindAll(today);
            MimeMessage reminder = mailsTo(late, 2).get(1);
            assertEquals("Reminder: \"Search " + c.suffix() + "\" is due in 3 days | 提醒：“Search " + c.suffix() + "”还有 3 天截止",
                    reminder.getSubject());
            String body = body(reminder);
            assertTrue(body.contains("Late Ltd has submitted 0 of 1 criteria") && body.contains("Late Ltd 目前已提交 1 项评估标准中的 0 项"), body);
            assertTrue(body.contains("due on " + today.plusDays(3)), body);

            reminders.remindAll(today);
            assertEquals(0, reminders.remind(c.tenant(), today, Set.of(5, 3)), "nothing left to remind today");
            assertNoMoreMailTo(late, 2);
            assertNoMoreMailTo(done, 1);

            // A due date moved is owed its reminders again: the ones sent were for the old date.
            lifecycle.extendDueDate(c.tenant(), assessment, today.plusDays(5));
            assertEquals(1, reminders.remind(c.tenant(), today, Set.of(5, 3)), "the new date's 5-day reminder");
            assertTrue(mailsTo(late, 3).get(2).getSubject().startsWith("Reminder: \"Search " + c.suffix() + "\" is due in 5 days"));
            assertEquals(0, reminders.remind(c.tenant(), today, Set.of(5, 3)), "once");
            assertNoMoreMailTo(done, 1);
        }
    }

    @Test
    void aDayTheRemindersMissedIsMadeUpForUnlessTheContactWasInvitedAfterIt() throws Exception {
        try (var server = mailServer()) {
            System.setProperty("partnerfit.mail.reminder-days", "5,3");
            Client c = client();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long assessment = draft(c, today.plusDays(5));
            String contact = c.contact("missed");
            setup.invite(c.tenant(), assessment, "Missed Ltd", contact);
            setup.open(c.tenant(), assessment);
            mailsTo(contact, 1);

            // The job did not run on the day of the 3-day reminder; the next day it sends that one.
            assertEquals(1, reminders.remind(c.tenant(), today.plusDays(3), Set.of(5, 3)));
            assertTrue(mailsTo(contact, 2).get(1).getSubject().startsWith("Reminder: \"Search " + c.suffix() + "\" is due in 2 days"));
            assertEquals(0, reminders.remind(c.tenant(), today.plusDays(4), Set.of(5, 3)), "owed once");
            assertNoMoreMailTo(contact, 2);

            // Invited (and opened) after the day of its 3-day reminder had begun: that one is not owed.
            Client other = client();
            long late = draft(other, today.plusDays(1));
            String lateContact = other.contact("invited-late");
            setup.invite(other.tenant(), late, "Late Invite Ltd", lateContact);
            setup.open(other.tenant(), late);
            mailsTo(lateContact, 1);
            assertEquals(0, reminders.remind(other.tenant(), today, Set.of(5, 3)));
            assertNoMoreMailTo(lateContact, 1);
        }
    }

    @Test
    void anUnreachableMailServerNeitherStopsTheActionNorGoesUnrecorded() throws Exception {
        try (var server = mailServer()) {
            System.setProperty("partnerfit.mail.port", Integer.toString(freeLoopbackPort()));   // nobody listens there
            Client c = client();
            long assessment = draft(c, null);
            String contact = c.contact("northwind");
            setup.invite(c.tenant(), assessment, "Northwind", contact);
            setup.open(c.tenant(), assessment);

            long deadline = System.currentTimeMillis() + 20_000;
            List<String> failures = List.of();
            while (failures.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                failures = audit.events(new AuditQuery(c.tenant().value(), AuditAction.MAIL_FAILED, null, null, null), 0, 10).stream()
                        .map(e -> e.getSubject()).toList();
            }
            assertEquals(List.of("mail to " + contact), failures);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The mails received for {@code to}, oldest first, once there are at least {@code count} (waits up to 20 s). */
    private List<MimeMessage> mailsTo(String to, int count) throws MessagingException, InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        List<MimeMessage> received = received(to);
        while (received.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            received = received(to);
        }
        assertTrue(received.size() >= count, "expected " + count + " mail(s) to " + to + ", received " + received.size());
        return received;
    }

    /** Sending is asynchronous: a mail that should not exist gets a moment to arrive before we say it did not. */
    private void assertNoMoreMailTo(String to, int count) throws MessagingException, InterruptedException {
        Thread.sleep(1500);
        assertEquals(count, received(to).size(), "mails to " + to);
    }

    private List<MimeMessage> received(String to) throws MessagingException {
        List<MimeMessage> result = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to))) {
                result.add(message);
            }
        }
        return result;
    }

    private static String body(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
    }
}
