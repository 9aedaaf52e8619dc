package org.partnerfit.plugins.culturefit;

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
 * Cultural fit: the client and the partner place themselves on the same five day-to-day
 * dimensions; the closer the two, the higher the score. A partner that looks for someone to
 * blame after an incident is flagged and earns nothing on that dimension, whatever the client
 * answered.
 */
public final class CultureFitPlugin implements CriterionPlugin {

    private static final Descriptor DESCRIPTOR = new Descriptor("culture-fit", "1.0.1", SPI_VERSION,
            Text.of("Cultural fit", "文化契合度"),
            Text.of("How closely the partner's everyday way of working matches the client's own.",
                    "合作伙伴日常的工作方式与客户自身方式的接近程度。"));

    private static final Questionnaire QUESTIONS = new Questionnaire(
            CultureDimension.ALL.stream().map(CultureDimension::question).toList());

    /** Scale answers at or above this on the incident dimension mean "find who is at fault". */
    private static final int BLAME_THRESHOLD = 4;

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
        List<CultureDimension> partnerSilent = new ArrayList<>();
        List<CultureDimension> clientSilent = new ArrayList<>();
        double pointsPerDimension = 100.0 / CultureDimension.ALL.size();

        for (CultureDimension dimension : CultureDimension.ALL) {
            OptionalInt theirs = partner.scale(dimension.key());
            OptionalInt ours = client.scale(dimension.key());
            if (theirs.isEmpty() || ours.isEmpty()) {
                if (theirs.isEmpty()) {
                    partnerSilent.add(dimension);
                }
                if (ours.isEmpty()) {
                    clientSilent.add(dimension);
                }
                contributions.add(new Contribution(dimension.key(), 0, Text.of(
                        "Not compared: " + (theirs.isEmpty() ? "the partner" : "the client") + " did not answer.",
                        "未比较：" + (theirs.isEmpty() ? "合作伙伴" : "客户") + "未作答。")));
                continue;
            }
            int distance = Math.abs(theirs.getAsInt() - ours.getAsInt());
            // Blame after incidents is no fit, even with a client that blames too: it earns nothing.
            boolean blames = dimension == CultureDimension.INCIDENTS && theirs.getAsInt() >= BLAME_THRESHOLD;
            double points = blames ? 0 : pointsPerDimension * (1 - distance / 4.0);
            contributions.add(new Contribution(dimension.key(), points, Text.of(
                    "Client " + ours.getAsInt() + ", partner " + theirs.getAsInt() + (blames ? ": blame earns nothing." : "."),
                    "客户 " + ours.getAsInt() + "，合作伙伴 " + theirs.getAsInt() + (blames ? "：追究个人责任不得分。" : "。"))));
            // Blame counts as far apart as the scale goes, whatever the client answered: the rationale says it lowered the score.
            gaps.add(new Gap(dimension, blames ? 4 : distance, blames));
        }
        partner.scale(CultureDimension.INCIDENTS.key()).ifPresent(answer -> {
            if (answer >= BLAME_THRESHOLD) {
                redFlags.add(Text.of("After incidents the partner looks for the person at fault rather than the cause.",
                        "出现事故后，合作伙伴倾向于追究个人责任，而非分析原因。"));
            }
        });
        if (client.values().isEmpty()) {
            redFlags.add(Text.of("The client has not described its own culture yet, so fit cannot be measured.",
                    "客户尚未描述自身文化，因此无法衡量契合度。"));
        }

        double value = contributions.stream().mapToDouble(Contribution::points).sum();
        double confidence = (double) gaps.size() / CultureDimension.ALL.size();
        return new Score(clamp(value), confidence, contributions, rationale(gaps, partnerSilent, clientSilent), redFlags);
    }

    private static Questionnaire withExample(Questionnaire base) {
        List<Question> questions = new ArrayList<>(base.questions());
        questions.add(Question.text("example",
                Text.of("Describe a recent week in one of your teams that shows how you work together.",
                        "请描述贵方某个团队最近一周的情况，以说明你们的协作方式。"),
                Text.of("Optional. Assessors read it; it does not change the score.",
                        "选填。评估人员会阅读，但不影响分数。")));
        return new Questionnaire(questions);
    }

    private static Text rationale(List<Gap> gaps, List<CultureDimension> partnerSilent, List<CultureDimension> clientSilent) {
        if (gaps.isEmpty()) {
            return Text.of("No dimension could be compared: answers are missing on one side or both.",
                    "无法比较任何维度：一方或双方缺少答案。");
        }
        Text compared = comparedRationale(gaps);
        StringBuilder en = new StringBuilder(compared.en());
        StringBuilder zh = new StringBuilder(compared.zh());
        if (!partnerSilent.isEmpty()) {
            en.append(" Not compared, the partner did not answer: ").append(dimensionNames(partnerSilent, false)).append(".");
            zh.append("未比较（合作伙伴未作答）：").append(dimensionNames(partnerSilent, true)).append("。");
        }
        if (!clientSilent.isEmpty()) {
            en.append(" Not compared, the client's profile does not say: ").append(dimensionNames(clientSilent, false)).append(".");
            zh.append("未比较（客户概况未填写）：").append(dimensionNames(clientSilent, true)).append("。");
        }
        return Text.of(en.toString(), zh.toString());
    }

    private static String dimensionNames(List<CultureDimension> dimensions, boolean chinese) {
        return String.join(chinese ? "、" : ", ", dimensions.stream().map(d -> chinese ? d.name().zh() : d.name().en()).toList());
    }

    private static Text comparedRationale(List<Gap> gaps) {
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
            en.append("Lowered by differences on ").append(names(apart, false)).append(".");
            zh.append("以下方面存在差异，降低了分数：").append(names(apart, true)).append("。");
        } else {
            en.append("No dimension differs by more than one step.");
            zh.append("没有任何维度相差超过一级。");
        }
        return Text.of(en.toString().trim(), zh.toString());
    }

    private static String names(List<Gap> gaps, boolean chinese) {
        return String.join(chinese ? "、" : ", ", gaps.stream()
                .map(g -> (chinese ? g.dimension().name().zh() : g.dimension().name().en())
                        + (g.blame() ? (chinese ? "（事故后追究个人责任）" : " (blame after incidents)")
                                : chinese ? "（相差 " + g.distance() + " 级）" : " (" + g.distance() + " apart)"))
                .toList());
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, Math.round(value * 10) / 10.0));
    }

    /** How far apart one dimension is; a partner's blame after incidents counts as the furthest. */
    private record Gap(CultureDimension dimension, int distance, boolean blame) {
    }
}
