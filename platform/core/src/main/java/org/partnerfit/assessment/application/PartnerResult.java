package org.partnerfit.assessment.application;

import java.util.List;

/** One invited partner firm with its results per criterion and the weighted total of what is scored. */
public record PartnerResult(long invitationId, String firmName, String contactEmail, List<CriterionResult> criteria) {

    /** Weighted mean over the scored criteria; null while nothing is scored. */
    public Double weightedTotal() {
        double weights = criteria.stream().filter(CriterionResult::scored).mapToInt(CriterionResult::weight).sum();
        if (weights == 0) {
            return null;
        }
        double sum = criteria.stream().filter(CriterionResult::scored).mapToDouble(c -> c.value() * c.weight()).sum();
        return Math.round(sum / weights * 10) / 10.0;
    }
}
