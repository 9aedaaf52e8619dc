package org.partnerfit.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.spi.Text;

class PartnerResultTest {

    private static CriterionResult scored(String id, int weight, double value, double confidence) {
        return new CriterionResult(id, Text.of(id, id), weight, SubmissionStatus.SUBMITTED, value, confidence,
                null, null, id + "@1", null, null, List.of());
    }

    private static PartnerResult partner(CriterionResult... criteria) {
        return new PartnerResult(1, "Firm", "a@b.c", List.of(criteria), null, null, null);
    }

    @Test
    void anUnansweredCriterionCountsAsZeroSoAnsweringLittleDoesNotRankHigh() {
        PartnerResult few = partner(scored("a", 50, 95, 1),
                CriterionResult.unscored("b", Text.of("b", "b"), 50, null, List.of()));
        PartnerResult all = partner(scored("a", 50, 70, 1), scored("b", 50, 70, 1));
        assertEquals(47.5, few.weightedTotal());
        assertEquals(70.0, all.weightedTotal());
        assertEquals(0.5, few.weightedConfidence());
    }

    @Test
    void whatIfWeightsReRankWithoutChangingTheAssessment() {
        PartnerResult p = partner(scored("a", 80, 90, 1), scored("b", 20, 40, 0.5));
        assertEquals(80.0, p.weightedTotal());
        assertEquals(65.0, p.weightedTotal(Map.of("a", 50, "b", 50)));
        assertEquals(40.0, p.weightedTotal(Map.of("a", 0)));
        assertEquals(0.9, p.weightedConfidence());
    }

    @Test
    void anOverrideCountsAndAReturnedSubmissionDoesNot() {
        CriterionResult overridden = new CriterionResult("a", Text.of("a", "a"), 100, SubmissionStatus.SUBMITTED, 60.0, 0.5,
                null, null, "a@1", null, new ScoreOverride(75, "Reference call.", "ana", null), List.of());
        assertEquals(75.0, partner(overridden).weightedTotal());
        CriterionResult returned = new CriterionResult("a", Text.of("a", "a"), 100, SubmissionStatus.RETURNED, 60.0, 0.5,
                null, null, "a@1", null, null, List.of());
        assertNull(partner(returned).weightedTotal());
    }
}
