package org.partnerfit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.partnerfit.assessment.application.ClarificationPosted;
import org.partnerfit.assessment.application.FeedbackShared;
import org.partnerfit.assessment.application.PartnerInvited;
import org.partnerfit.spi.Text;
import org.partnerfit.tenancy.domain.TenantId;

class MailTextsTest {

    private static final TenantId ACME = new TenantId("acme");
    private final MailTexts texts = new MailTexts("https://partnerfit.example/");

    @Test
    void anInvitationNamesClientAssessmentDueDateAndPortalInBothLanguages() {
        OutgoingMail mail = texts.invitation(new PartnerInvited(ACME, 41, "Northwind", "pat@northwind.test",
                "Core banking 2027", LocalDate.of(2027, 3, 31)), "Acme Bank");
        assertEquals("pat@northwind.test", mail.to());
        assertEquals("Invitation from Acme Bank: Core banking 2027 | Acme Bank 邀请您参加评估：Core banking 2027", mail.subject());
        assertTrue(mail.body().indexOf("Acme Bank invites Northwind") < mail.body().indexOf("Acme Bank 邀请 Northwind"),
                "English first:\n" + mail.body());
        assertTrue(mail.body().contains("Due date: 2027-03-31"), mail.body());
        assertTrue(mail.body().contains("截止日期：2027-03-31"), mail.body());
        assertTrue(mail.body().contains("https://partnerfit.example/partner/invitations.xhtml\n"), mail.body());
    }

    @Test
    void anAssessmentWithoutDueDateSaysSoInEachLanguage() {
        String body = texts.invitation(new PartnerInvited(ACME, 41, "Northwind", "pat@northwind.test", "Search", null),
                "Acme Bank").body();
        assertTrue(body.contains("Due date: none set") && body.contains("截止日期：未设定"), body);
    }

    @Test
    void aClarificationLinksToTheThreadButDoesNotCarryTheMessage() {
        OutgoingMail mail = texts.clarification(new ClarificationPosted(ACME, 41, "Northwind", "pat@northwind.test",
                "Search", "culture-fit", "1.0.0", true), "Acme Bank", Text.of("Cultural fit", "文化契合度"));
        assertEquals("New message from Acme Bank about Cultural fit | Acme Bank 就“文化契合度”发来新消息", mail.subject());
        assertTrue(mail.body().contains("https://partnerfit.example/partner/answer.xhtml?invitation=41&criterion=culture-fit"));
    }

    @Test
    void sharedFeedbackIsAnnouncedWithoutItsText() {
        OutgoingMail mail = texts.feedback(new FeedbackShared(ACME, 41, "Northwind", "pat@northwind.test", "Search"), "Acme Bank");
        assertEquals("Acme Bank has shared its feedback on \"Search\" | Acme Bank 已分享对“Search”的反馈", mail.subject());
        assertTrue(mail.body().contains("Acme Bank has shared its feedback with Northwind") && mail.body().contains("向 Northwind 分享了反馈"),
                mail.body());
        assertTrue(mail.body().contains("https://partnerfit.example/partner/invitations.xhtml\n"), mail.body());
    }

    @Test
    void aReminderCountsDaysAndCriteria() {
        OutgoingMail mail = texts.reminder(new ReminderDue(ACME, 41, "Northwind", "pat@northwind.test", "Search",
                LocalDate.of(2027, 3, 31), 3, 1, 4), "Acme Bank");
        assertEquals("Reminder: \"Search\" is due in 3 days | 提醒：“Search”还有 3 天截止", mail.subject());
        assertTrue(mail.body().contains("Northwind has submitted 1 of 4 criteria"), mail.body());
        assertTrue(mail.body().contains("Northwind 目前已提交 4 项评估标准中的 1 项"), mail.body());
        assertTrue(texts.reminder(new ReminderDue(ACME, 41, "N", "pat@northwind.test", "Search",
                LocalDate.of(2027, 3, 31), 1, 0, 4), "Acme Bank").subject().startsWith("Reminder: \"Search\" is due in 1 day |"));
    }

    @Test
    void namesAreTextNotPatternsAndASubjectStaysOneLine() {
        OutgoingMail mail = texts.invitation(new PartnerInvited(ACME, 41, "It's {0} Ltd", "pat@northwind.test",
                "Search\r\nBcc: someone@else.test", null), "O'Brien & Co");
        assertFalse(mail.subject().contains("\n") || mail.subject().contains("\r"), mail.subject());
        assertTrue(mail.body().contains("O'Brien & Co invites It's {0} Ltd"), mail.body());
    }
}
