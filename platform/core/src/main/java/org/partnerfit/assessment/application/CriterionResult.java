package org.partnerfit.assessment.application;

import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.spi.Text;

/**
 * One partner's standing on one criterion: their submission status and, once scored, the
 * plugin's value, confidence, rationale and red flags (or why scoring failed).
 */
public record CriterionResult(String pluginId, Text criterionName, int weight, SubmissionStatus status,
                              Double value, Double confidence, Text rationale, Text redFlags,
                              String scoredBy, String failure) {

    public boolean scored() {
        return value != null;
    }
}
