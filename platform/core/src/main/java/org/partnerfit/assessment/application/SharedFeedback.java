package org.partnerfit.assessment.application;

import java.time.Instant;
import java.util.List;

import org.partnerfit.spi.Text;

/**
 * What a partner firm sees of the client's feedback: the text and, when the client chose so, the
 * firm's own score per criterion and weighted total. Never a rank, another firm or an assessor's
 * internal notes.
 */
public record SharedFeedback(long invitationId, String assessmentName, String text, Instant sharedAt,
                             List<CriterionScore> scores, Double weightedTotal) {

    /** The firm's own effective score on one criterion (null while not submitted or not scored). */
    public record CriterionScore(String pluginId, Text criterionName, Double score) {
    }

    public SharedFeedback {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    public boolean withScores() {
        return !scores.isEmpty();
    }
}
