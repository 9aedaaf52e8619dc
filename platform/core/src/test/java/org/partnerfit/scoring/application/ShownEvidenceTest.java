package org.partnerfit.scoring.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Evidence;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.ShowIf;
import org.partnerfit.spi.Text;

/** A scorer sees the files of the questions the answers show, not of those a changed answer hid. */
class ShownEvidenceTest {

    private static final Questionnaire ASKED = new Questionnaire(List.of(
            Question.single("strategy", Text.of("Strategy?", "策略？"), null,
                    List.of(new Choice("yes", Text.of("Yes", "是")), new Choice("no", Text.of("No", "否")))),
            Question.evidence("strategyDocument", Text.of("Document", "文件"), null, List.of("pdf"))
                    .showIf(ShowIf.answered("strategy", "yes")),
            Question.evidence("references", Text.of("References", "推荐信"), null, List.of("pdf"))));

    private static final Evidence STRATEGY = new Evidence("strategyDocument", "plan.pdf", "application/pdf", 100, false);
    private static final Evidence REFERENCE = new Evidence("references", "letter.pdf", "application/pdf", 100, true);

    private static ScoringInput input(String strategy) {
        return new ScoringInput(new Answers(Map.of("strategy", List.of(strategy))), List.of(STRATEGY, REFERENCE), Answers.NONE,
                Map.of("bar", "high"));
    }

    @Test
    void filesOfAQuestionTheAnswersHideAreLeftOut() {
        ScoringInput seen = ScoringEngine.shownEvidenceOnly(ASKED, input("no"));
        assertEquals(List.of(REFERENCE), seen.evidence());
        assertEquals(Map.of("bar", "high"), seen.configuration(), "the rest of the input is as it was");
    }

    @Test
    void anInputWhoseFilesAreAllShownIsPassedOnAsItIs() {
        ScoringInput asGiven = input("yes");
        assertSame(asGiven, ScoringEngine.shownEvidenceOnly(ASKED, asGiven));
    }
}
