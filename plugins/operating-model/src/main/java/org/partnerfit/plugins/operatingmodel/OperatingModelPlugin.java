package org.partnerfit.plugins.operatingmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Contribution;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Descriptor;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.Text;

/**
 * Operating model: the client and the partner place their practice on the same six dimensions
 * of building and running software; each dimension is worth an equal share of 100 points,
 * scaled down by how far apart the two answers are. Dimensions where the two sit at or near
 * opposite ends are flagged, since the partner would have to change how it works to fit.
 */
public final class OperatingModelPlugin implements CriterionPlugin {

    private static final Descriptor DESCRIPTOR = new Descriptor("operating-model", "1.0.0", SPI_VERSION,
            Text.of("Operating model", "运营模式"),
            Text.of("How well the partner can work inside the client's own way of planning, building, releasing "
                            + "and maintaining software.",
                    "合作伙伴能否融入客户自身规划、开发、发布和维护软件的方式。"));

    private static final Questionnaire QUESTIONS = new Questionnaire(
            OperatingDimension.ALL.stream().map(OperatingDimension::question).toList());

    /** Answers this many steps apart or more mean the partner would have to change its practice. */
    private static final int FAR_APART = 3;

    @Override
    public Descriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Questionnaire partnerQuestionnaire() {
        return withExample(QUESTIONS);
    }

    @Override
    public Questionnaire clientProfileQuestionnaire() {
        return QUESTIONS;
    }

    @Override
    public Score score(ScoringInput input) {
        Answers partner = input.partner();
        Answers client = input.clientProfile();
        List<Contribution> contributions = new ArrayList<>();
        List<Text> redFlags = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        List<OperatingDimension> notCompared = new ArrayList<>();
        double pointsPerDimension = 100.0 / OperatingDimension.ALL.size();

        for (OperatingDimension dimension : OperatingDimension.ALL) {
            OptionalInt theirs = partner.scale(dimension.key());
            OptionalInt ours = client.scale(dimension.key());
            if (theirs.isEmpty() || ours.isEmpty()) {
                contributions.add(new Contribution(dimension.key(), 0, Text.of(
                        "Not compared: " + (theirs.isEmpty() ? "the partner" : "the client") + " did not answer.",
                        "未比较：" + (theirs.isEmpty() ? "合作伙伴" : "客户") + "未作答。")));
                notCompared.add(dimension);
                continue;
            }
            int distance = Math.abs(theirs.getAsInt() - ours.getAsInt());
            double points = pointsPerDimension * (1 - distance / 4.0);
            contributions.add(new Contribution(dimension.key(), points, Text.of(
                    "Client " + ours.getAsInt() + ", partner " + theirs.getAsInt() + ".",
                    "客户 " + ours.getAsInt() + "，合作伙伴 " + theirs.getAsInt() + "。")));
            gaps.add(new Gap(dimension, distance));
        }
        List<Gap> far = gaps.stream().filter(g -> g.distance() >= FAR_APART).toList();
        if (!far.isEmpty()) {
            redFlags.add(Text.of("The partner works very differently from the client on " + names(far, false)
                            + "; fitting in would mean changing its practice.",
                    "合作伙伴在以下方面与客户的做法差异很大：" + names(far, true) + "；要融入客户需改变自身做法。"));
        }
        if (OperatingDimension.ALL.stream().allMatch(d -> client.scale(d.key()).isEmpty())) {
            redFlags.add(Text.of("The client has not described its own operating model yet, so fit cannot be measured.",
                    "客户尚未描述自身的运营模式，因此无法衡量契合度。"));
        }

        double value = contributions.stream().mapToDouble(Contribution::points).sum();
        double confidence = (double) gaps.size() / OperatingDimension.ALL.size();
        return new Score(clamp(value), confidence, contributions, rationale(gaps, notCompared), redFlags);
    }

    private static Questionnaire withExample(Questionnaire base) {
        List<Question> questions = new ArrayList<>(base.questions());
        questions.add(Question.text("adaptation",
                Text.of("Tell us about a time you took on a client's own way of working. What did your team change?",
                        "请讲述一次贵方采用客户自身工作方式的经历。你们的团队做了哪些调整？"),
                Text.of("Optional. Assessors read it; it does not change the score.",
                        "选填。评估人员会阅读，但不影响分数。")));
        return new Questionnaire(questions);
    }

    private static Text rationale(List<Gap> gaps, List<OperatingDimension> notCompared) {
        if (gaps.isEmpty()) {
            return Text.of("No dimension could be compared: answers are missing on one side or both.",
                    "无法比较任何维度：一方或双方缺少答案。");
        }
        List<Gap> sorted = gaps.stream().sorted(Comparator.comparingInt(Gap::distance)).toList();
        List<Gap> close = sorted.stream().filter(g -> g.distance() <= 1).toList();
        List<Gap> apart = sorted.stream().filter(g -> g.distance() >= 2)
                .sorted(Comparator.comparingInt(Gap::distance).reversed()).toList();
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        if (!close.isEmpty()) {
            en.append("Raised by close agreement on ").append(names(close, false)).append(". ");
            zh.append("以下方面高度一致，提高了分数：").append(names(close, true)).append("。");
        }
        if (!apart.isEmpty()) {
            en.append("Lowered by differences on ").append(names(apart, false)).append(". ");
            zh.append("以下方面存在差异，降低了分数：").append(names(apart, true)).append("。");
        } else {
            en.append("No dimension differs by more than one step. ");
            zh.append("没有任何维度相差超过一级。");
        }
        if (!notCompared.isEmpty()) {
            en.append("Not compared for lack of an answer: ")
                    .append(String.join(", ", notCompared.stream().map(d -> d.name().en()).toList())).append(".");
            zh.append("因缺少答案而未比较：")
                    .append(String.join("、", notCompared.stream().map(d -> d.name().zh()).toList())).append("。");
        }
        return Text.of(en.toString().trim(), zh.toString());
    }

    private static String names(List<Gap> gaps, boolean chinese) {
        return String.join(chinese ? "、" : ", ", gaps.stream()
                .map(g -> (chinese ? g.dimension().name().zh() : g.dimension().name().en())
                        + (chinese ? "（相差 " + g.distance() + " 级）" : " (" + g.distance() + " apart)"))
                .toList());
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, Math.round(value * 10) / 10.0));
    }

    private record Gap(OperatingDimension dimension, int distance) {
    }
}
