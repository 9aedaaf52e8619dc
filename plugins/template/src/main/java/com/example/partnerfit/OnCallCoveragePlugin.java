package com.example.partnerfit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Contribution;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Descriptor;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.Text;

/**
 * An example criterion: does the partner keep people on call for the client's production
 * systems, and how many hours of the week does that cover? Half the score each.
 */
public final class OnCallCoveragePlugin implements CriterionPlugin {

    private static final Descriptor DESCRIPTOR = new Descriptor("on-call-coverage", "1.0.0", SPI_VERSION,
            Text.of("On-call coverage", "值班覆盖"),
            Text.of("Whether the partner answers production incidents outside office hours.",
                    "合作伙伴是否在办公时间以外响应生产事故。"));

    private static final Questionnaire QUESTIONS = new Questionnaire(List.of(
            Question.single("rota", Text.of("Do you run an on-call rota for client systems?", "贵方是否为客户系统安排值班轮换？"),
                    null, List.of(new Choice("yes", Text.of("Yes", "是")), new Choice("no", Text.of("No", "否")))),
            Question.number("hours", Text.of("How many hours of the week does it cover?", "值班每周覆盖多少小时？"),
                    Text.of("168 means around the clock.", "168 表示全天候。"), Text.of("hours", "小时")).atMost(168)));

    @Override
    public Descriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Questionnaire partnerQuestionnaire() {
        return QUESTIONS;
    }

    @Override
    public Score score(ScoringInput input) {
        List<Contribution> contributions = new ArrayList<>();
        int answered = 0;
        double value = 0;
        boolean rota = input.partner().first("rota").filter("yes"::equals).isPresent();
        if (input.partner().answered("rota")) {
            answered++;
            double points = rota ? 50 : 0;
            value += points;
            contributions.add(new Contribution("rota", points, Text.of(rota ? "Runs a rota." : "No rota.", rota ? "有值班轮换。" : "没有值班轮换。")));
        }
        OptionalDouble hours = input.partner().number("hours");
        if (hours.isPresent() && hours.getAsDouble() >= 0) {
            answered++;
            double points = 50 * Math.min(hours.getAsDouble(), 168) / 168;
            value += points;
            contributions.add(new Contribution("hours", points, Text.of("Covers " + Math.min(hours.getAsDouble(), 168) + " h a week.",
                    "每周覆盖 " + Math.min(hours.getAsDouble(), 168) + " 小时。")));
        }
        Text rationale = answered == 0
                ? Text.of("Nothing was answered.", "没有作答。")
                : Text.of((rota ? "Raised by an on-call rota. " : "Lowered by the lack of an on-call rota. ")
                                + "Coverage adds up to 50 points by the share of the week covered.",
                        (rota ? "有值班轮换，提高了分数。" : "没有值班轮换，降低了分数。") + "覆盖时间按一周占比最多计 50 分。");
        return new Score(Math.round(value * 10) / 10.0, answered / 2.0, contributions, rationale, List.of());
    }
}
