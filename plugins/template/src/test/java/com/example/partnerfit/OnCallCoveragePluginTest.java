package com.example.partnerfit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.testkit.CriterionPluginContract;

/** The contract every plugin keeps (inherited), plus this plugin's own hand-computed cases. */
class OnCallCoveragePluginTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new OnCallCoveragePlugin();
    }

    @Test
    void halfTheWeekWithARotaScores75() {
        var score = plugin().score(new ScoringInput(
                new Answers(Map.of("rota", List.of("yes"), "hours", List.of("84"))), null, null));
        assertEquals(75.0, score.value()); // 50 for the rota + 50 * 84 / 168
        assertEquals(1.0, score.confidence());
    }
}
