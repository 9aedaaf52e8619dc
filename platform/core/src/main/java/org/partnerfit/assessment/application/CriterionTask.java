package org.partnerfit.assessment.application;

import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.spi.Text;

/** One criterion a partner answers within an invitation, and how far they got. */
public record CriterionTask(String pluginId, String pluginVersion, Text name, SubmissionStatus status) {
}
