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
        return named("Firm", criteria);
    }

    private static PartnerResult named(String firm, CriterionResult... criteria) {
        return new PartnerResult(1, firm, "a@b.c", List.of(criteria), null, null, null);
    }

    @Test
    void rankedPutsTheHighestTotalFirstKeepsTiesInOrderAndUnscoredLast() {
        PartnerResult unscored = named("Unscored", CriterionResult.unscored("a", Text.of("a", "a"), 50, null, List.of()),
                CriterionResult.unscored("b", Text.of("b", "b"), 50, null, List.of()));
        PartnerResult low = named("Low", scored("a", 50, 40, 1), scored("b", 50, 40, 1));
        PartnerResult tieFirst = named("Tie first", scored("a", 50, 60, 1), scored("b", 50, 60, 1));
        PartnerResult tieSecond = named("Tie second", scored("a", 50, 80, 1), scored("b", 50, 40, 1));
        PartnerResult high = named("High", scored("a", 50, 90, 1), scored("b", 50, 90, 1));
        List<PartnerResult> all = List.of(unscored, low, tieFirst, tieSecond, high);

        assertEquals(List.of("High", "Tie first", "Tie second", "Low", "Unscored"),
                PartnerResult.ranked(all, Map.of()).stream().map(PartnerResult::firmName).toList());
        // Under what-if weights that count only criterion b, the tie breaks the other way.
        assertEquals(List.of("High", "Tie first", "Low", "Tie second", "Unscored"),
                PartnerResult.ranked(all, Map.of("a", 0)).stream().map(PartnerResult::firmName).toList());
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
