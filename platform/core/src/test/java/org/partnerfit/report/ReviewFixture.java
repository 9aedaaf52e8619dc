package org.partnerfit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.assessment.application.CriterionResult;
import org.partnerfit.assessment.application.PartnerResult;
import org.partnerfit.assessment.application.PinnedCriterion;
import org.partnerfit.assessment.application.ScoreOverride;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.Recommendation;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.spi.Text;

/**
 * Three firms on two criteria (culture 60, cost 40): a hostile HTML name with an override
 * (total 74), a Chinese name (66), and a formula name with culture unanswered (28).
 * Re-weighed culture 20 / cost 80 the order becomes Chinese (82), script (58), formula (56).
 */
final class ReviewFixture {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String CHINESE = "深圳星云科技";
    static final String FORMULA = "=HYPERLINK(\"x\")";
    static final Text CULTURE = Text.of("Culture fit", "文化契合");
    static final Text COST = Text.of("Cost", "成本");

    private ReviewFixture() {
    }

    static AssessmentReview review() {
        return review("Platform partner 2026", List.of(
                partner(SCRIPT, Recommendation.RECOMMENDED, "Strong fit; negotiate rates.",
                        new CriterionResult("culture", CULTURE, 60, SubmissionStatus.SUBMITTED, 80.0, 0.9,
                                Text.of("Shared values, clear escalation.", "价值观一致，升级路径清晰。"), null, "culture@1.0.0", null,
                                new ScoreOverride(90, "Reference calls confirmed it.", "ana", Instant.parse("2026-11-20T10:00:00Z")), List.of()),
                        scored("cost", COST, 40, 50, 0.8, null)),
                partner(CHINESE, Recommendation.RESERVE, null,
                        scored("culture", CULTURE, 60, 50, 1.0, null),
                        scored("cost", COST, 40, 90, 0.5, Text.of("Rates rise 8% a year.", "费率每年上涨8%。"))),
                partner(FORMULA, null, null,
                        new CriterionResult("culture", CULTURE, 60, SubmissionStatus.DRAFT, null, null, null, null, null, null, null, List.of()),
                        scored("cost", COST, 40, 70, 0.7, null))));
    }

    static AssessmentReview review(String name, List<PartnerResult> partners) {
        return new AssessmentReview(7, name, "Who builds the next platform with us.", AssessmentStatus.IN_REVIEW,
                LocalDate.of(2026, 12, 1),
                List.of(new PinnedCriterion("culture", "1.0.0", CULTURE, 60, "1.0.0"),
                        new PinnedCriterion("cost", "2.1.0", COST, 40, "2.1.0")),
                partners);
    }

    static PartnerResult partner(String firm, Recommendation recommendation, String note, CriterionResult... criteria) {
        return new PartnerResult(firm.length(), firm, "contact@example.org", List.of(criteria), recommendation, note,
                recommendation == null ? null : "ana");
    }

    static CriterionResult scored(String id, Text name, int weight, double value, double confidence, Text redFlags) {
        return new CriterionResult(id, name, weight, SubmissionStatus.SUBMITTED, value, confidence,
                Text.of("Scored from the answers.", "根据回答评分。"), redFlags, id + "@1.0.0", null, null, List.of());
    }
}
