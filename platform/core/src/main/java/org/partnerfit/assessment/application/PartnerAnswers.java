package org.partnerfit.assessment.application;

import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Text;

/** A partner's answers to one criterion with the questionnaire pinned for it. */
public record PartnerAnswers(long invitationId, String pluginId, Text criterionName, Questionnaire questionnaire,
                             Answers answers, SubmissionStatus status, boolean editable) {
}
