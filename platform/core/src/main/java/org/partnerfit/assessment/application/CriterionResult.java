package org.partnerfit.assessment.application;

import java.util.List;

import org.partnerfit.assessment.domain.EvidenceInfo;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.spi.Text;

/**
 * One partner's standing on one criterion: their submission status and, once scored, the
 * plugin's value, confidence, rationale and red flags (or why scoring failed), an assessor's
 * override beside them, and the evidence files attached.
 */
public record CriterionResult(String pluginId, Text criterionName, int weight, SubmissionStatus status,
                              Double value, Double confidence, Text rationale, Text redFlags,
                              String scoredBy, Text failure, ScoreOverride override, List<EvidenceInfo> evidence) {

    public CriterionResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Not answered, or answered but not (or no longer) submitted. */
    static CriterionResult unscored(String pluginId, Text name, int weight, SubmissionStatus status, List<EvidenceInfo> evidence) {
        return new CriterionResult(pluginId, name, weight, status, null, null, null, null, null, null, null, evidence);
    }

    /** What the ranking counts: the override if there is one, else the computed value; only for submitted answers. */
    public Double effectiveValue() {
        if (status != SubmissionStatus.SUBMITTED) {
            return null;
        }
        return override != null ? Double.valueOf(override.value()) : value;
    }

    public boolean scored() {
        return effectiveValue() != null;
    }

    public boolean overridden() {
        return override != null;
    }
}
