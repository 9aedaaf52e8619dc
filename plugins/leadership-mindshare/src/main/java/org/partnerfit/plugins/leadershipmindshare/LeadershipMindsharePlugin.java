package org.partnerfit.plugins.leadershipmindshare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Contribution;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Descriptor;
import org.partnerfit.spi.Evidence;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Rating;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.ShowIf;
import org.partnerfit.spi.Text;

/**
 * Leadership mindshare: when delivery or staffing goes wrong, can the client get the partner's
 * executives on the line quickly, and do those executives stay in touch when nothing is wrong?
 * Four answers share the 100 points:
 *
 * <ul>
 *   <li>the promised executive response time to a critical escalation, 40 points, on a
 *       piecewise-linear curve around the client's target (see {@link #escalationShare});</li>
 *   <li>a named executive sponsor for the client, 25 points;</li>
 *   <li>how often the partner's leadership checks in unprompted, up to 20 points;</li>
 *   <li>how often the partner reports the value it delivered, up to 15 points.</li>
 * </ul>
 *
 * <p>A missing or unusable answer earns nothing; the confidence is the share of those four
 * questions answered, plus a little for an attached escalation policy.
 */
public final class LeadershipMindsharePlugin implements CriterionPlugin {

    private static final Descriptor DESCRIPTOR = new Descriptor("leadership-mindshare", "1.0.2", SPI_VERSION,
            Text.of("Leadership mindshare", "领导层关注度"),
            Text.of("Whether the client can reach the partner's executives quickly in a crisis, and whether they keep in touch without being asked.",
                    "危机发生时客户能否迅速联系到合作伙伴的高管，以及这些高管是否会在无人要求时主动保持联系。"));

    static final String ESCALATION = "escalationHours";
    static final String SPONSOR = "executiveSponsor";
    static final String SPONSOR_NAME = "sponsorName";
    static final String CHECK_INS = "checkInCadence";
    static final String VALUE_REPORTING = "valueReporting";
    static final String POLICY = "escalationPolicy";
    /** Configuration: the client's target for an executive response, in hours. */
    static final String TARGET_HOURS = "targetHours";

    private static final double ESCALATION_POINTS = 40;
    private static final double SPONSOR_POINTS = 25;

    /** The target when the client set none, or something unusable: the same business day. */
    static final double DEFAULT_TARGET_HOURS = 8;
    private static final double MIN_TARGET_HOURS = 1;
    private static final double MAX_TARGET_HOURS = 72;
    /** Longer promises all score zero anyway; capping keeps the wording sane. */
    private static final double MAX_HOURS = 24 * 365;

    private static final double EVIDENCE_CONFIDENCE = 0.05;
    private static final double VERIFIED_EVIDENCE_CONFIDENCE = 0.1;

    private static final Text ESCALATION_NAME = Text.of("escalation response time", "升级响应时间");
    private static final Text SPONSOR_TEXT = Text.of("executive sponsor", "高管赞助人");
    private static final Text CHECK_INS_NAME = Text.of("proactive check-ins", "主动沟通频率");
    private static final Text VALUE_REPORTING_NAME = Text.of("value reporting", "价值汇报频率");

    private static final List<Option> SPONSOR_OPTIONS = Option.yesNo(SPONSOR_POINTS);

    private static final List<Option> CHECK_IN_OPTIONS = List.of(
            new Option("weekly", Text.of("Weekly", "每周"), 20),
            new Option("fortnightly", Text.of("Every two weeks", "每两周"), 17),
            new Option("monthly", Text.of("Monthly", "每月"), 12),
            new Option("quarterly", Text.of("Quarterly", "每季度"), 6),
            new Option("none", Text.of("Only when the client asks", "仅在客户要求时"), 0));

    private static final List<Option> VALUE_REPORTING_OPTIONS = List.of(
            new Option("weekly", Text.of("Weekly", "每周"), 15),
            new Option("sprint", Text.of("Every sprint", "每个迭代"), 13),
            new Option("monthly", Text.of("Monthly", "每月"), 10),
            new Option("quarterly", Text.of("Quarterly", "每季度"), 5),
            new Option("onRequest", Text.of("Only when asked", "仅在被问及时"), 0));

    private static final Questionnaire PARTNER = new Questionnaire(List.of(
            Question.number(ESCALATION,
                    Text.of("If the client escalates a critical issue, within how many hours will one of your executives respond in person?",
                            "如果客户升级一个严重问题，贵方的高管会在多少小时内亲自回应？"),
                    Text.of("The time you are prepared to commit to for a serious delivery or staffing problem, at any time of day. Write 0.5 for half an hour.",
                            "针对严重的交付或人员问题，贵方愿意承诺的回应时间，不分昼夜。半小时请填写 0.5。"),
                    Text.of("hours", "小时")),
            Question.single(SPONSOR,
                    Text.of("Will a named member of your executive team sponsor this client personally?",
                            "贵方是否会指定一位具名的高管亲自担任该客户的赞助人？"),
                    Text.of("A sponsor is a senior leader who knows the account and answers for it to the client.",
                            "赞助人是熟悉该客户业务、并向客户亲自负责的高层领导。"),
                    Option.choices(SPONSOR_OPTIONS)),
            Question.text(SPONSOR_NAME,
                    Text.of("Who will it be? Give a name and role.", "将由谁担任？请写明姓名和职位。"),
                    Text.of("Optional. Assessors read it; it does not change the score.",
                            "选填。评估人员会阅读，但不影响分数。"))
                    .showIf(ShowIf.answered(SPONSOR, "yes")),
            Question.single(CHECK_INS,
                    Text.of("How often will your leadership contact the client's leadership on its own initiative, with no problem prompting it?",
                            "在没有问题促使的情况下，贵方管理层多久会主动联系一次客户的管理层？"),
                    Text.of("Count calls or meetings your executives start themselves, not status reports from the team.",
                            "只计算由贵方高管主动发起的电话或会议，不包括团队的例行状态报告。"),
                    Option.choices(CHECK_IN_OPTIONS)),
            Question.single(VALUE_REPORTING,
                    Text.of("How often do you tell the client what your teams delivered and what it was worth to the business?",
                            "贵方多久向客户汇报一次团队交付的成果及其为业务带来的价值？"),
                    Text.of("A sprint here means an iteration of two to three weeks.",
                            "此处的迭代指两到三周的一个开发周期。"),
                    Option.choices(VALUE_REPORTING_OPTIONS)),
            Question.evidence(POLICY,
                    Text.of("Your escalation policy or on-call procedure for client leadership",
                            "贵方面向客户管理层的升级政策或值班流程"),
                    Text.of("Optional PDF. An attached policy adds a little to the confidence of this score, not to its value.",
                            "选填，PDF 格式。附上的文件会略微提高此项评分的可信度，但不会改变分数。"),
                    List.of("pdf"))));

    private static final Questionnaire CONFIGURATION = new Questionnaire(List.of(
            Question.number(TARGET_HOURS,
                    Text.of("Target time for an executive response to a critical escalation",
                            "严重问题升级后，高管作出回应的目标时间"),
                    Text.of("A partner that meets this target earns most of the points; one that answers within the hour, or within "
                                    + "half the target if that is sooner, earns them all. Leave empty for 8 hours, the same business day; "
                                    + "1 to 72 hours.",
                            "达到此目标的合作伙伴可获得大部分分数；在一小时内（若目标的一半更短，则在目标的一半时间内）回应可获得满分。"
                                    + "留空则为 8 小时（同一工作日内）；可设 1 到 72 小时。"),
                    Text.of("hours", "小时")).atLeast(MIN_TARGET_HOURS).atMost(MAX_TARGET_HOURS).optional()));

    @Override
    public Descriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Questionnaire partnerQuestionnaire() {
        return PARTNER;
    }

    @Override
    public Questionnaire configurationOptions() {
        return CONFIGURATION;
    }

    @Override
    public Score score(ScoringInput input) {
        Answers partner = input.partner();
        double target = targetHours(input.configuration());
        List<Text> redFlags = new ArrayList<>();

        OptionalDouble hours = hours(partner);
        Rating escalation = Rating.unanswered(ESCALATION, ESCALATION_NAME, ESCALATION_POINTS);
        if (hours.isPresent()) {
            double h = hours.getAsDouble();
            escalation = new Rating(ESCALATION, ESCALATION_NAME, ESCALATION_POINTS,
                    ESCALATION_POINTS * escalationShare(h, target),
                    Text.of(Rating.number(h) + " h, target " + Rating.number(target) + " h",
                            Rating.number(h) + " 小时，目标 " + Rating.number(target) + " 小时"));
            if (h > 3 * target) {
                redFlags.add(Text.of("A critical escalation would wait more than " + Rating.number(3 * target)
                                + " hours for an executive to respond.",
                        "严重问题升级后，需要等待超过 " + Rating.number(3 * target) + " 小时才能得到高管回应。"));
            }
        }
        Optional<Option> sponsor = Option.chosen(partner, SPONSOR, SPONSOR_OPTIONS);
        sponsor.filter(o -> o.value().equals("no")).ifPresent(o -> redFlags.add(Text.of(
                "No executive is named as sponsor for this client.", "没有为该客户指定高管赞助人。")));
        Optional<Option> checkIns = Option.chosen(partner, CHECK_INS, CHECK_IN_OPTIONS);
        checkIns.filter(o -> o.value().equals("none")).ifPresent(o -> redFlags.add(Text.of(
                "The partner's leadership gets in touch only when the client asks.",
                "合作伙伴的管理层只有在客户要求时才会联系客户。")));

        List<Rating> ratings = List.of(
                escalation,
                sponsor.map(o -> new Rating(SPONSOR, SPONSOR_TEXT, SPONSOR_POINTS, o.points(), o.points() > 0
                                ? Text.of("named", "已指定") : Text.of("none named", "未指定")))
                        .orElse(Rating.unanswered(SPONSOR, SPONSOR_TEXT, SPONSOR_POINTS)),
                rated(CHECK_INS, CHECK_INS_NAME, CHECK_IN_OPTIONS, checkIns),
                rated(VALUE_REPORTING, VALUE_REPORTING_NAME, VALUE_REPORTING_OPTIONS,
                        Option.chosen(partner, VALUE_REPORTING, VALUE_REPORTING_OPTIONS)));

        List<Contribution> contributions = ratings.stream().map(Rating::contribution).toList();
        double value = contributions.stream().mapToDouble(Contribution::points).sum();
        return new Score(clamp(value), confidence(ratings, input.evidenceFor(POLICY)), contributions,
                Rating.rationale(ratings), redFlags);
    }

    /*
     * The escalation curve. With h the promised hours and T the client's target (8 when not
     * configured), the share of the 40 points runs in straight lines between these anchors and
     * stays flat beyond the first and the last:
     *
     *   h <= min(1, T/2)  1.0   within the hour (or half the target, if that is shorter): the best
     *   h =  T            0.8   on target: the same business day by default
     *   h =  3T           0.3   24 hours by default: the client waits a full day, which is poor
     *   h >= 9T           0.0   72 hours by default: the client is on its own for days
     *
     * With T = 8: 1 h -> 40 points, 4 h -> 36.6, 8 h -> 32, 16 h -> 22, 24 h -> 12, 48 h -> 6, 72 h -> 0.
     */
    static double escalationShare(double hours, double target) {
        double[] at = {Math.min(1, target / 2), target, 3 * target, 9 * target};
        double[] share = {1.0, 0.8, 0.3, 0.0};
        if (hours <= at[0]) {
            return share[0];
        }
        for (int i = 1; i < at.length; i++) {
            if (hours <= at[i]) {
                double along = (hours - at[i - 1]) / (at[i] - at[i - 1]);
                return share[i - 1] + along * (share[i] - share[i - 1]);
            }
        }
        return share[share.length - 1];
    }

    /** The client's target: 8 hours when absent, unreadable or not positive, otherwise held within 1 to 72 hours. */
    static double targetHours(Map<String, String> configuration) {
        String text = configuration.get(TARGET_HOURS);
        if (text == null || text.isBlank()) {
            return DEFAULT_TARGET_HOURS;
        }
        try {
            double target = Double.parseDouble(text.trim());
            if (!Double.isFinite(target) || target <= 0) {
                return DEFAULT_TARGET_HOURS;
            }
            return Math.max(MIN_TARGET_HOURS, Math.min(MAX_TARGET_HOURS, target));
        } catch (NumberFormatException e) {
            return DEFAULT_TARGET_HOURS;
        }
    }

    /** The promised hours; a negative time is no answer, and anything beyond a year counts as a year. */
    private static OptionalDouble hours(Answers partner) {
        OptionalDouble answer = partner.number(ESCALATION);
        if (answer.isEmpty() || answer.getAsDouble() < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(MAX_HOURS, answer.getAsDouble()));
    }

    private static Rating rated(String key, Text name, List<Option> options, Optional<Option> chosen) {
        double weight = options.stream().mapToDouble(Option::points).max().orElse(0);
        return chosen.map(o -> new Rating(key, name, weight, o.points(), lowerCased(o.label())))
                .orElse(Rating.unanswered(key, name, weight));
    }

    /** The share of the scored questions answered, plus a little for an attached policy once anything is answered. */
    private static double confidence(List<Rating> ratings, List<Evidence> policy) {
        long answered = ratings.stream().filter(Rating::answered).count();
        if (answered == 0) {
            return 0;
        }
        double bonus = policy.isEmpty() ? 0
                : policy.stream().anyMatch(Evidence::verified) ? VERIFIED_EVIDENCE_CONFIDENCE : EVIDENCE_CONFIDENCE;
        return Math.min(1, (double) answered / ratings.size() + bonus);
    }

    private static Text lowerCased(Text label) {
        String en = label.en();
        return Text.of(en.isEmpty() ? en : en.substring(0, 1).toLowerCase(Locale.ROOT) + en.substring(1), label.zh());
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, Math.round(value * 10) / 10.0));
    }
}
