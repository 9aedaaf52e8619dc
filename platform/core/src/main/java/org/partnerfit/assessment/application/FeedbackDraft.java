package org.partnerfit.assessment.application;

import java.time.Instant;

/**
 * The client's side of the feedback for one firm: the text, whether scores go with it, whether it
 * is shared now, and its revision (raised by each share and withdrawal; 0 before the first).
 */
public record FeedbackDraft(long invitationId, String firmName, String text, boolean withScores,
                            Instant sharedAt, String sharedBy, long revision) {

    public boolean shared() {
        return sharedAt != null;
    }
}
