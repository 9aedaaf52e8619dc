package org.partnerfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnerfit.report.ReviewFixture.CHINESE;
import static org.partnerfit.report.ReviewFixture.COST;
import static org.partnerfit.report.ReviewFixture.CULTURE;
import static org.partnerfit.report.ReviewFixture.FORMULA;
import static org.partnerfit.report.ReviewFixture.SCRIPT;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnerfit.assessment.application.CriterionResult;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.Recommendation;
import org.partnerfit.assessment.domain.SubmissionStatus;

class ResultsTableTest {

    @Test
    void ranksByWeightedTotalWithTheOverrideCountedAndMarked() {
        ResultsTable table = ResultsTable.of(ReviewFixture.review(), Locale.ENGLISH, Map.of());
        assertEquals(List.of(SCRIPT, CHINESE, FORMULA), table.rows().stream().map(ResultsTable.Row::firm).toList());
        assertEquals(List.of("Rank", "Partner firm", "Weighted total", "Confidence", "Recommendation", "Culture fit", "Cost"),
                table.header());
        assertEquals(List.of("1", SCRIPT, "74", "86%", "Recommended", "90 (overridden)", "50"), table.texts(table.rows().get(0)));
        assertEquals(List.of("3", FORMULA, "28", "28%", "", "", "70"), table.texts(table.rows().get(2)));
        assertTrue(table.rows().get(0).values().get(0).overridden());
        assertFalse(table.criteria().get(0).whatIf());
    }

    @Test
    void whatIfWeightsReorderAndAreShownBesideTheAssessmentsOwn() {
        ResultsTable table = ResultsTable.of(ReviewFixture.review(), Locale.ENGLISH, Map.of("culture", 20, "cost", 80));
        assertEquals(List.of(CHINESE, SCRIPT, FORMULA), table.rows().stream().map(ResultsTable.Row::firm).toList());
        assertEquals(List.of(82.0, 58.0, 56.0), table.rows().stream().map(ResultsTable.Row::total).toList());
        ResultsTable.Column culture = table.criteria().get(0);
        assertEquals(20, culture.weight());
        assertEquals(60, culture.ownWeight());
        assertTrue(culture.whatIf());
    }

    @Test
    void aFirmWithNothingScoredComesLastAndEqualTotalsShareARank() {
        CriterionResult unanswered = new CriterionResult("culture", CULTURE, 60, SubmissionStatus.RETURNED, 70.0, 1.0,
                null, null, null, null, null, List.of());
        var review = ReviewFixture.review("Tie", List.of(
                ReviewFixture.partner("Nothing yet", null, null, unanswered),
                ReviewFixture.partner("Alpha", null, null, ReviewFixture.scored("cost", COST, 40, 60, 1, null)),
                ReviewFixture.partner("Beta", null, null, ReviewFixture.scored("cost", COST, 40, 60, 1, null))));
        ResultsTable table = ResultsTable.of(review, Locale.ENGLISH, Map.of());
        assertEquals(List.of("Alpha", "Beta", "Nothing yet"), table.rows().stream().map(ResultsTable.Row::firm).toList());
        assertEquals(java.util.Arrays.asList(1, 1, null), table.rows().stream().map(ResultsTable.Row::rank).toList(),
                "the page and the API place firms alike (PartnerResult.places)");
        assertEquals("", table.texts(table.rows().get(2)).get(0), "no place without a total");
        assertEquals("", table.texts(table.rows().get(2)).get(2));
    }

    @Test
    void chineseLocaleGivesChineseLabelsAndCriterionNames() {
        ResultsTable table = ResultsTable.of(ReviewFixture.review(), Locale.SIMPLIFIED_CHINESE, Map.of());
        assertEquals(List.of("排名", "合作伙伴", "加权总分", "置信度", "推荐结论", "文化契合", "成本"), table.header());
        assertEquals("90 (已调整)", table.texts(table.rows().get(0)).get(5));
        assertEquals("备选", table.rows().get(1).recommendation());
    }

    @Test
    void everyRecommendationAndStatusHasWords() {
        for (Recommendation r : Recommendation.values()) {
            assertFalse(Label.of(r, Locale.CHINESE).isBlank(), r.name());
        }
        for (AssessmentStatus s : AssessmentStatus.values()) {
            assertFalse(Label.of(s, Locale.ENGLISH).isBlank(), s.name());
        }
    }

    @Test
    void numbersReadTheWayAPersonWritesThem() {
        assertEquals("80", ResultsTable.number(80.0));
        assertEquals("72.5", ResultsTable.number(72.5));
        assertEquals("0", ResultsTable.number(0.0));
        assertEquals("", ResultsTable.number(null));
        assertEquals("66.67", ResultsTable.number(200.0 / 3), "never 66.66666666666667");
        assertEquals("0.17", ResultsTable.number(1.0 / 6));
        assertEquals("83%", ResultsTable.percent(0.8333));
        assertEquals("", ResultsTable.percent(null));
    }
}
