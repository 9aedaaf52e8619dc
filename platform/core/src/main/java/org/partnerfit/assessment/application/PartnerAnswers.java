package org.partnerfit.assessment.application;

import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Text;

/**
 * A partner's answers to one criterion with the questionnaire pinned for it, and their revision
 * (0 before the first save): a save based on it is refused once someone else has saved since.
 */
public record PartnerAnswers(long invitationId, String pluginId, Text criterionName, Questionnaire questionnaire,
                             Answers answers, SubmissionStatus status, boolean editable, long revision) {
}
