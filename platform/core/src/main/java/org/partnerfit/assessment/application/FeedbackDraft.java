package org.partnerfit.assessment.application;

import java.time.Instant;

/** The client's side of the feedback for one firm: the text, whether scores go with it, and whether it is shared now. */
public record FeedbackDraft(long invitationId, String firmName, String text, boolean withScores,
                            Instant sharedAt, String sharedBy) {

    public boolean shared() {
        return sharedAt != null;
    }
}
