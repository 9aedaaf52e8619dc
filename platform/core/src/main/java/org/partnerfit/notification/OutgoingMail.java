package org.partnerfit.notification;

import org.partnerfit.tenancy.domain.TenantId;

/** One plain-text mail to one recipient, on behalf of a tenant (whose audit trail records a failure). */
record OutgoingMail(TenantId tenant, String to, String subject, String body) {

    OutgoingMail {
        // A subject is one header line: a line break in a firm's or an assessment's name must not start another header.
        subject = subject.replaceAll("\\p{Cntrl}+", " ");
    }
}
