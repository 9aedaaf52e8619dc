package org.partnerfit.assessment.application;

import java.time.Instant;

import org.partnerfit.spi.Text;

/** One submitted criterion in the assessors' work list, with what still needs a look. */
public record QueueItem(long assessmentId, String assessmentName, long invitationId, String firmName, String pluginId,
                        Text criterionName, Instant submittedAt, boolean overridden, long files, long unverifiedFiles,
                        boolean awaitingReply, boolean recommended) {

    /** Nothing left to look at: files verified, no unanswered message, the firm recommended. */
    public boolean settled() {
        return unverifiedFiles == 0 && !awaitingReply && recommended;
    }
}
