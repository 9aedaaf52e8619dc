package org.partnerfit.plugins.extramile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Contribution;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Descriptor;
import org.partnerfit.spi.Evidence;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.ShowIf;
import org.partnerfit.spi.Text;

/**
 * The 10% extra: does the partner do more than the contract asks, and steadily rather than only
 * when a big delivery is due? Points: documented examples in two years 25 (full from six),
 * unbilled senior time in a crunch 10 plus 10 for the days given (full from ten), unprompted
 * improvement proposals 15, effort throughout the engagement 25, references 15. No example at
 * all, effort only around key deliveries, and examples nobody can confirm are flagged.
 */
public final class ExtraMilePlugin implements CriterionPlugin {

    static final String EXAMPLES = "examples";
    static final String DESCRIPTION = "examplesDescription";
    static final String UNBILLED_TIME = "unbilledTime";
    static final String UNBILLED_DAYS = "unbilledDays";
    static final String PROPOSALS = "proposals";
    static final String THROUGHOUT = "throughout";
    static final String REFERENCES = "references";
    static final String EVIDENCE = "extraEvidence";

    private static final double EXAMPLES_POINTS = 25;
    private static final double UNBILLED_TIME_POINTS = 10;
    private static final double UNBILLED_DAYS_POINTS = 10;
    private static final double PROPOSALS_POINTS = 15;
    private static final double THROUGHOUT_POINTS = 25;
    private static final double REFERENCES_POINTS = 15;

    /** Examples in two years and unbilled days at which those answers count in full. */
    private static final double FULL_EXAMPLES = 6;
    private static final double FULL_DAYS = 10;
    /** Answers above these are not believable; they are capped, not trusted. */
    private static final double MAX_EXAMPLES = 1000;
    private static final double MAX_DAYS = 730;
    /** Scale answers at or below this mean the extra effort comes mainly around key deliveries. */
    private static final int ONLY_AT_DELIVERIES = 2;
    /** How much attached evidence raises the confidence: any file, or one an assessor verified. */
    private static final double EVIDENCE_CONFIDENCE = 0.05;
    private static final double VERIFIED_EVIDENCE_CONFIDENCE = 0.1;

    private static final Descriptor DESCRIPTOR = new Descriptor("extra-mile", "1.0.1", SPI_VERSION,
            Text.of("The 10% extra", "额外的 10%"),
            Text.of("Whether the partner does more than its contract asks, steadily and not only when a big delivery is due.",
                    "合作伙伴是否会做超出合同要求的事，并且是持续地做，而不仅仅是在重大交付前后。"));

    private static final List<Choice> YES_NO = List.of(
            new Choice("yes", Text.of("Yes", "是")),
            new Choice("no", Text.of("No", "否")));

    /** How often unprompted proposals come, rarest first: each step up earns a third of the points. */
    private static final List<Choice> FREQUENCIES = List.of(
            new Choice("never", Text.of("Rarely or never", "很少或从不")),
            new Choice("yearly", Text.of("About once a year", "大约每年一次")),
            new Choice("quarterly", Text.of("About once a quarter", "大约每季度一次")),
            new Choice("monthly", Text.of("Monthly or more often", "每月一次或更频繁")));

    private static final List<Choice> WHEN_STEPS = List.of(
            new Choice("1", Text.of("Only in the run-up to major releases or milestones", "仅在重大发布或里程碑之前")),
            new Choice("2", Text.of("Mostly around major releases", "多数集中在重大发布前后")),
            new Choice("3", Text.of("Around releases and now and then in between", "发布前后，以及平时偶尔")),
            new Choice("4", Text.of("Most months of the engagement", "合作期间的大多数月份")),
            new Choice("5", Text.of("Steadily, all through the engagement", "在整个合作期间持续不断")));

    private static final Questionnaire PARTNER = new Questionnaire(List.of(
            Question.number(EXAMPLES,
                    Text.of("On how many documented occasions in the last two years did your firm do more for a client "
                                    + "than its contract required?",
                            "过去两年中，贵方有多少次有据可查地为客户做了超出合同要求的事情？"),
                    Text.of("Count only occasions you could describe in detail: which client, when, and what was given "
                                    + "free of charge. Ordinary good service does not count. Enter 0 if none.",
                            "只计算能够详细说明的情况：哪位客户、什么时候、无偿提供了什么。日常的良好服务不算。如果没有，请填 0。"),
                    Text.of("occasions", "次")),
            Question.text(DESCRIPTION,
                    Text.of("Describe two or three of those occasions.", "请描述其中两到三次。"),
                    Text.of("Optional. Assessors read it; it does not change the score.",
                            "选填。评估人员会阅读，但不影响分数。")),
            Question.single(UNBILLED_TIME,
                    Text.of("In the last two years, have you given a client time from senior engineers or architects "
                                    + "without billing it, while that client was under deadline pressure?",
                            "过去两年中，贵方是否曾在客户面临期限压力时，无偿为其提供资深工程师或架构师的时间？"),
                    Text.of("Time that was later invoiced, or recovered through a change request, does not count.",
                            "事后开具发票或通过变更请求收回费用的时间不算在内。"),
                    YES_NO),
            Question.number(UNBILLED_DAYS,
                    Text.of("How many person-days of such unbilled time did you give in total?",
                            "这类无偿提供的时间总计多少人天？"),
                    Text.of("An estimate is fine; count all such occasions in the last two years together.",
                            "估算即可；请将过去两年中所有此类情况合计。"),
                    Text.of("person-days", "人天"))
                    .showIf(ShowIf.answered(UNBILLED_TIME, "yes")),
            Question.single(PROPOSALS,
                    Text.of("How often do your teams bring clients improvement proposals that nobody asked for?",
                            "贵方团队多久会主动向客户提出一次无人要求的改进建议？"),
                    Text.of("For example a cheaper hosting set-up, a risk spotted early or a simpler design, offered "
                                    + "before the client raised it.",
                            "例如在客户提出之前，主动建议更省钱的托管方案、及早指出风险或提出更简单的设计。"),
                    FREQUENCIES),
            Question.scale(THROUGHOUT,
                    Text.of("When does your extra effort for a client usually happen?",
                            "贵方为客户付出的额外努力通常出现在什么时候？"),
                    Text.of("1 = only before major releases or milestones, 5 = steadily through the whole engagement",
                            "1 = 仅在重大发布或里程碑之前，5 = 在整个合作期间持续不断"),
                    WHEN_STEPS),
            Question.single(REFERENCES,
                    Text.of("Can clients who received this extra effort confirm it if the assessor contacts them?",
                            "如果评估人员联系获得过这些额外付出的客户，他们能否予以证实？"),
                    Text.of("Answer yes only if you can name people who have agreed to be contacted.",
                            "只有当您能提供已同意接受联系的具体人员时，才请回答“是”。"),
                    YES_NO),
            Question.evidence(EVIDENCE,
                    Text.of("Documents showing the extra effort", "证明额外付出的文件"),
                    Text.of("Optional. For example a client's thank-you letter, meeting notes or a report of the unbilled work. "
                                    + "It makes the score more certain; it does not add points by itself.",
                            "选填。例如客户的感谢信、会议记录或无偿工作的报告。它会提高评分的可信度，但本身不加分。"),
                    List.of("pdf", "docx"))));

    @Override
    public Descriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Questionnaire partnerQuestionnaire() {
        return PARTNER;
    }

    @Override
    public Score score(ScoringInput input) {
        Answers partner = input.partner();
        OptionalInt examples = count(partner, EXAMPLES, MAX_EXAMPLES);
        Optional<Boolean> unbilled = yesNo(partner, UNBILLED_TIME);
        Optional<Boolean> references = yesNo(partner, REFERENCES);
        OptionalInt throughout = partner.scale(THROUGHOUT);
        List<Evidence> evidence = input.evidence().stream().filter(e -> EVIDENCE.equals(e.questionKey())).toList();

        List<Factor> factors = List.of(
                examples(examples),
                unbilledTime(unbilled),
                unbilledDays(partner, unbilled),
                proposals(partner),
                throughout(throughout),
                references(references));

        List<Text> redFlags = new ArrayList<>();
        if (examples.isPresent() && examples.getAsInt() == 0) {
            redFlags.add(Text.of("The partner cites no documented occasion in the last two years of doing more than its contract required.",
                    "合作伙伴举不出过去两年中任何一次有据可查的、超出合同要求的付出。"));
        }
        if (throughout.isPresent() && throughout.getAsInt() <= ONLY_AT_DELIVERIES) {
            redFlags.add(Text.of("The extra effort comes mainly around key deliveries, not throughout the engagement.",
                    "额外的付出主要集中在关键交付前后，而不是贯穿整个合作过程。"));
        }
        if (examples.isPresent() && examples.getAsInt() > 0 && references.equals(Optional.of(false)) && evidence.isEmpty()) {
            redFlags.add(Text.of("None of the examples can be checked: no client will confirm them and no document is attached.",
                    "这些例子都无法核实：没有客户愿意证实，也没有附上任何文件。"));
        }

        List<Factor> asked = factors.stream().filter(Factor::applicable).toList();
        double value = factors.stream().mapToDouble(Factor::points).sum();
        double confidence = (double) asked.stream().filter(Factor::assessed).count() / asked.size();
        double evidenceBoost = confidence > 0 ? evidenceBoost(evidence) : 0;
        confidence = Math.min(1, confidence + evidenceBoost);
        List<Contribution> contributions = factors.stream().map(Factor::contribution).toList();
        return new Score(round(value), confidence, contributions, rationale(asked, evidenceBoost), redFlags);
    }

    private static Factor examples(OptionalInt examples) {
        Text name = Text.of("documented examples", "有据可查的实例");
        if (examples.isEmpty()) {
            return Factor.notAssessed(EXAMPLES, name, EXAMPLES_POINTS, notAnswered(), notAnsweredBrief());
        }
        int n = examples.getAsInt();
        return Factor.assessed(EXAMPLES, name, EXAMPLES_POINTS, Math.min(n, FULL_EXAMPLES) / FULL_EXAMPLES,
                Text.of(n + (n == 1 ? " occasion" : " occasions") + " beyond the contract in two years (full points from "
                                + format(FULL_EXAMPLES) + ").",
                        "两年内有 " + n + " 次超出合同的付出（" + format(FULL_EXAMPLES) + " 次及以上得满分）。"),
                Text.of(String.valueOf(n), n + " 次"));
    }

    private static Factor unbilledTime(Optional<Boolean> unbilled) {
        Text name = Text.of("unbilled senior time", "无偿资深人员时间");
        if (unbilled.isEmpty()) {
            return Factor.notAssessed(UNBILLED_TIME, name, UNBILLED_TIME_POINTS, notAnswered(), notAnsweredBrief());
        }
        boolean yes = unbilled.get();
        return Factor.assessed(UNBILLED_TIME, name, UNBILLED_TIME_POINTS, yes ? 1 : 0,
                yes ? Text.of("Gave senior or architect time free of charge when a client was under pressure.",
                        "曾在客户承受压力时无偿提供资深人员或架构师的时间。")
                        : Text.of("Has not given unbilled senior time in a crunch.", "未曾在紧要关头无偿提供资深人员的时间。"),
                yes ? Text.of("given", "有") : Text.of("none", "没有"));
    }

    private static Factor unbilledDays(Answers partner, Optional<Boolean> unbilled) {
        Text name = Text.of("unbilled days", "无偿人天");
        if (!unbilled.equals(Optional.of(true))) {
            return Factor.notAsked(UNBILLED_DAYS, name, unbilled.isEmpty()
                    ? Text.of("Not asked: whether unbilled time was given is unanswered.", "未询问：是否无偿提供过时间尚未作答。")
                    : Text.of("Not asked: no unbilled time was given.", "未询问：未曾无偿提供时间。"));
        }
        OptionalDouble answer = partner.number(UNBILLED_DAYS);
        if (answer.isEmpty() || answer.getAsDouble() < 0) {   // a negative number of days is no answer
            return Factor.notAssessed(UNBILLED_DAYS, name, UNBILLED_DAYS_POINTS, notAnswered(), notAnsweredBrief());
        }
        double days = clamp(answer.getAsDouble(), 0, MAX_DAYS);
        String d = format(days);
        return Factor.assessed(UNBILLED_DAYS, name, UNBILLED_DAYS_POINTS, Math.min(days, FULL_DAYS) / FULL_DAYS,
                Text.of(d + " person-days given without billing (full points from " + format(FULL_DAYS) + ").",
                        "无偿提供了 " + d + " 人天（" + format(FULL_DAYS) + " 人天及以上得满分）。"),
                Text.of(d + " person-days", d + " 人天"));
    }

    private static Factor proposals(Answers partner) {
        Text name = Text.of("unprompted proposals", "主动改进建议");
        Optional<String> answer = partner.first(PROPOSALS);
        int step = answer.map(v -> FREQUENCIES.stream().map(Choice::value).toList().indexOf(v)).orElse(-1);
        if (step < 0) {
            return Factor.notAssessed(PROPOSALS, name, PROPOSALS_POINTS, notAnswered(), notAnsweredBrief());
        }
        Text label = FREQUENCIES.get(step).label();
        return Factor.assessed(PROPOSALS, name, PROPOSALS_POINTS, step / (double) (FREQUENCIES.size() - 1),
                Text.of("Brings improvement proposals unasked: " + label.en().toLowerCase(Locale.ROOT) + ".",
                        "主动提出改进建议的频率：" + label.zh() + "。"),
                Text.of(label.en().toLowerCase(Locale.ROOT), label.zh()));
    }

    private static Factor throughout(OptionalInt throughout) {
        Text name = Text.of("effort throughout the engagement", "贯穿合作的付出");
        if (throughout.isEmpty()) {
            return Factor.notAssessed(THROUGHOUT, name, THROUGHOUT_POINTS, notAnswered(), notAnsweredBrief());
        }
        int step = throughout.getAsInt();
        Text label = WHEN_STEPS.get(step - 1).label();
        return Factor.assessed(THROUGHOUT, name, THROUGHOUT_POINTS, (step - 1) / 4.0,
                Text.of(step + " of 5: " + label.en() + ".", "5 级中的第 " + step + " 级：" + label.zh() + "。"),
                Text.of(step + " of 5", step + "/5"));
    }

    private static Factor references(Optional<Boolean> references) {
        Text name = Text.of("references", "推荐人");
        if (references.isEmpty()) {
            return Factor.notAssessed(REFERENCES, name, REFERENCES_POINTS, notAnswered(), notAnsweredBrief());
        }
        boolean yes = references.get();
        return Factor.assessed(REFERENCES, name, REFERENCES_POINTS, yes ? 1 : 0,
                yes ? Text.of("Clients will confirm the extra effort if contacted.", "客户在被联系时愿意证实这些额外付出。")
                        : Text.of("No client can be contacted to confirm it.", "没有可联系以证实的客户。"),
                yes ? Text.of("offered", "可提供") : Text.of("none offered", "无法提供"));
    }

    private static double evidenceBoost(List<Evidence> evidence) {
        if (evidence.stream().anyMatch(Evidence::verified)) {
            return VERIFIED_EVIDENCE_CONFIDENCE;
        }
        return evidence.isEmpty() ? 0 : EVIDENCE_CONFIDENCE;
    }

    private static Text rationale(List<Factor> asked, double evidenceBoost) {
        if (asked.stream().noneMatch(Factor::assessed)) {
            return Text.of("Nothing could be scored: the partner has not answered.", "无法评分：合作伙伴尚未作答。");
        }
        List<Factor> raised = asked.stream().filter(f -> f.assessed() && f.share() >= 0.5).toList();
        List<Factor> lowered = asked.stream().filter(f -> !f.assessed() || f.share() < 0.5).toList();
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        if (raised.isEmpty()) {
            en.append("Nothing raised the score much. ");
            zh.append("没有明显提高分数的因素。");
        } else {
            en.append("Raised by ").append(names(raised, false)).append(". ");
            zh.append("提高分数的因素：").append(names(raised, true)).append("。");
        }
        if (lowered.isEmpty()) {
            en.append("Nothing lowered the score.");
            zh.append("没有降低分数的因素。");
        } else {
            en.append("Lowered by ").append(names(lowered, false)).append(".");
            zh.append("降低分数的因素：").append(names(lowered, true)).append("。");
        }
        if (evidenceBoost > 0) {
            en.append(evidenceBoost >= VERIFIED_EVIDENCE_CONFIDENCE
                    ? " Verified documents raise the confidence." : " Attached documents raise the confidence a little.");
            zh.append(evidenceBoost >= VERIFIED_EVIDENCE_CONFIDENCE ? "经核实的文件提高了可信度。" : "附上的文件略微提高了可信度。");
        }
        return Text.of(en.toString(), zh.toString());
    }

    private static String names(List<Factor> factors, boolean chinese) {
        return String.join(chinese ? "、" : ", ", factors.stream()
                .map(f -> chinese ? f.name().zh() + "（" + f.brief().zh() + "）" : f.name().en() + " (" + f.brief().en() + ")")
                .toList());
    }

    private static Optional<Boolean> yesNo(Answers answers, String key) {
        return answers.first(key).filter(v -> v.equals("yes") || v.equals("no")).map(v -> v.equals("yes"));
    }

    /** A whole, non-negative count no larger than {@code max}; empty when missing or not a number. */
    private static OptionalInt count(Answers answers, String key, double max) {
        OptionalDouble answer = answers.number(key);
        // A negative count is no answer: as 0 it would raise the flag of a firm with nothing to show.
        return answer.isEmpty() || answer.getAsDouble() < 0 ? OptionalInt.empty()
                : OptionalInt.of((int) Math.floor(clamp(answer.getAsDouble(), 0, max)));
    }

    private static Text notAnswered() {
        return Text.of("Not scored: the partner did not answer.", "未计分：合作伙伴未作答。");
    }

    private static Text notAnsweredBrief() {
        return Text.of("not answered", "未作答");
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double round(double value) {
        return clamp(Math.round(value * 10) / 10.0, 0, 100);
    }

    /**
     * One scored question: the points it can carry, the share of them it earned (if assessed) and
     * why. A question that was not asked (its condition did not hold) neither scores nor counts
     * towards the confidence.
     */
    private record Factor(String key, Text name, double weight, boolean applicable, boolean assessed, double share,
                          Text note, Text brief) {

        static Factor assessed(String key, Text name, double weight, double share, Text note, Text brief) {
            return new Factor(key, name, weight, true, true, share, note, brief);
        }

        static Factor notAssessed(String key, Text name, double weight, Text note, Text brief) {
            return new Factor(key, name, weight, true, false, 0, note, brief);
        }

        static Factor notAsked(String key, Text name, Text note) {
            return new Factor(key, name, 0, false, false, 0, note, Text.of("not asked", "未询问"));
        }

        double points() {
            return assessed ? weight * share : 0;
        }

        Contribution contribution() {
            return new Contribution(key, points(), note);
        }
    }
}
