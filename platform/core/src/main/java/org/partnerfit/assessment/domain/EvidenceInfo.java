package org.partnerfit.assessment.domain;

import java.time.Instant;

/** What lists show of an evidence file: everything but its bytes. */
public record EvidenceInfo(long id, String questionKey, String fileName, String contentType, long size,
                           String sha256, Instant uploadedAt, boolean verified, String verifiedBy) {

    public org.partnerfit.spi.Evidence forScorer() {
        return new org.partnerfit.spi.Evidence(questionKey, fileName, contentType, size, verified);
    }
}
