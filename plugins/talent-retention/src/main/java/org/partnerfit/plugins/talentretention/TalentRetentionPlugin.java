package org.partnerfit.plugins.talentretention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

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
 * Talent acquisition and retention: is the partner better than the client at finding engineers
 * and keeping them, and open about it when someone leaves? Seven answers share the 100 points:
 * four numbers on straight-line scales ({@link #score} documents each) worth 25 + 15 + 15 + 15,
 * and three yes/no practices worth 10 each.
 *
 * <p>A missing or unusable answer earns nothing; the confidence is the share of the seven
 * questions answered, plus a little for an attached hiring and retention strategy.
 */
public final class TalentRetentionPlugin implements CriterionPlugin {

    private static final Descriptor DESCRIPTOR = new Descriptor("talent-retention", "1.0.0", SPI_VERSION,
            Text.of("Talent acquisition & retention", "人才招聘与留任"),
            Text.of("Whether the partner finds engineers and keeps them better than the client could, and is open about it when people leave.",
                    "合作伙伴在招聘和留住工程师方面是否比客户自身做得更好，以及有人离开时是否坦诚相告。"));

    static final String ATTRITION = "attritionPercent";
    static final String TENURE = "medianTenureYears";
    static final String BEYOND_THREE_YEARS = "beyondThreeYearsPercent";
    static final String BACKFILL = "backfillWeeks";
    static final String ANNOUNCES = "announcesDepartures";
    static final String STRATEGY = "retentionStrategy";
    static final String STRATEGY_DOCUMENT = "retentionStrategyDocument";
    static final String INTERVIEWS = "interviewLongTenured";

    private static final double ATTRITION_POINTS = 25;
    private static final double TENURE_POINTS = 15;
    private static final double BEYOND_THREE_YEARS_POINTS = 15;
    private static final double BACKFILL_POINTS = 15;
    private static final double PRACTICE_POINTS = 10;

    /** Attrition above this share a year is flagged whatever the rest looks like. */
    private static final double ATTRITION_FLAG_PERCENT = 30;
    /** A backfill slower than this leaves a gap in the client's team for a full quarter. */
    private static final double BACKFILL_FLAG_WEEKS = 12;
    /** Bounds that keep absurd numbers out of the wording; every answer beyond them scores the same. */
    private static final double MAX_YEARS = 60;
    private static final double MAX_WEEKS = 520;

    private static final double EVIDENCE_CONFIDENCE = 0.05;
    private static final double VERIFIED_EVIDENCE_CONFIDENCE = 0.1;

    private static final Text ATTRITION_NAME = Text.of("annual attrition", "年度流失率");
    private static final Text TENURE_NAME = Text.of("median tenure", "任职时间中位数");
    private static final Text BEYOND_THREE_YEARS_NAME = Text.of("engineers staying beyond three years", "任职超过三年的工程师比例");
    private static final Text BACKFILL_NAME = Text.of("time to backfill", "补位时间");
    private static final Text ANNOUNCES_NAME = Text.of("notice of departures", "离职告知");
    private static final Text STRATEGY_NAME = Text.of("written hiring and retention strategy", "书面招聘与留任策略");
    private static final Text INTERVIEWS_NAME = Text.of("access to long-tenured engineers", "与资深工程师交流");

    private static final List<Option> YES_NO = Option.yesNo(PRACTICE_POINTS);

    private static final Questionnaire PARTNER = new Questionnaire(List.of(
            Question.percentage(ATTRITION,
                    Text.of("What percentage of your engineers left the company in the last twelve months?",
                            "过去十二个月中，贵方有百分之多少的工程师离开了公司？"),
                    Text.of("Count every leaver, whether they resigned or you let them go, against your average number of engineers over the year.",
                            "请统计所有离开的人（无论主动辞职还是被公司解聘），并与全年平均工程师人数相比。")),
            Question.number(TENURE,
                    Text.of("What is the median time your engineers have been with the company?",
                            "贵方工程师在公司任职时间的中位数是多少？"),
                    Text.of("Half of your engineers have been with you longer than this, half for a shorter time. Write 2.5 for two and a half years.",
                            "一半工程师的任职时间比这更长，另一半更短。两年半请填写 2.5。"),
                    Text.of("years", "年")),
            Question.percentage(BEYOND_THREE_YEARS,
                    Text.of("What percentage of your engineers have been with you for more than three years?",
                            "贵方有百分之多少的工程师已在公司任职超过三年？"),
                    Text.of("Many engineers change employer after about three years; this shows how many you keep past that point.",
                            "许多工程师在工作三年左右后会更换雇主；此项反映贵方有多少人留过了这个阶段。")),
            Question.number(BACKFILL,
                    Text.of("When an engineer on a client team leaves, how many weeks pass before a replacement is working in the team?",
                            "当客户团队中的一名工程师离开时，通常要过几周才有接替者在团队中开始工作？"),
                    Text.of("Count from the day you learn of the departure to the replacement's first working day in the team.",
                            "从得知此人将离开之日算起，到接替者在团队中工作的第一天为止。"),
                    Text.of("weeks", "周")),
            Question.single(ANNOUNCES,
                    Text.of("Do you tell the client about upcoming departures, and how you will fill the gap, before the client has to ask?",
                            "贵方是否会在客户询问之前，主动告知即将离开的人员以及填补空缺的计划？"),
                    Text.of("Yes means the client hears of a departure from you, not from the team.",
                            "“是”表示客户是从贵方而不是从团队成员口中得知人员离开的消息。"),
                    Option.choices(YES_NO)),
            Question.single(STRATEGY,
                    Text.of("Do you have a written strategy for hiring engineers and keeping them?",
                            "贵方是否有一份关于招聘和留住工程师的书面策略？"),
                    Text.of("For example career paths, training budgets, pay reviews and how you source candidates.",
                            "例如职业发展路径、培训预算、薪酬评估以及寻找候选人的方式。"),
                    Option.choices(YES_NO)),
            Question.evidence(STRATEGY_DOCUMENT,
                    Text.of("Your hiring and retention strategy", "贵方的招聘与留任策略文件"),
                    Text.of("Optional, PDF or Word. An attached document adds a little to the confidence of this score, not to its value.",
                            "选填，PDF 或 Word 格式。附上的文件会略微提高此项评分的可信度，但不会改变分数。"),
                    List.of("pdf", "docx"))
                    .showIf(ShowIf.answered(STRATEGY, "yes")),
            Question.single(INTERVIEWS,
                    Text.of("Would you let the client talk to some of your longest-serving engineers before signing?",
                            "签约之前，贵方是否愿意让客户与几位在公司任职最久的工程师交谈？"),
                    Text.of("They tell the client, in their own words, why they stayed.",
                            "由他们亲口向客户讲述自己为何留下。"),
                    Option.choices(YES_NO))));

    @Override
    public Descriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Questionnaire partnerQuestionnaire() {
        return PARTNER;
    }

    /*
     * The four numbers, each a straight line between a value that earns nothing and one that earns
     * every point, flat beyond both:
     *
     *   attrition          35 % -> 0,  10 % -> 25 points   lower is better; above 30 % is flagged
     *   median tenure       1 y -> 0,   4 y -> 15 points
     *   beyond three years  0 % -> 0,  50 % -> 15 points   half the engineers past the usual three-year exit
     *   time to backfill   16 w -> 0,   4 w -> 15 points   a month is good; beyond 12 weeks is flagged
     *
     * e.g. 20 % attrition earns (35 - 20) / 25 * 25 = 15 points, a 10-week backfill (16 - 10) / 12 * 15 = 7.5.
     * A percentage outside 0..100 and a negative number of years or weeks are no answer.
     */
    @Override
    public Score score(ScoringInput input) {
        Answers partner = input.partner();
        List<Text> redFlags = new ArrayList<>();

        OptionalDouble attrition = percentage(partner, ATTRITION);
        OptionalDouble tenure = amount(partner, TENURE, MAX_YEARS);
        OptionalDouble beyondThreeYears = percentage(partner, BEYOND_THREE_YEARS);
        OptionalDouble backfill = amount(partner, BACKFILL, MAX_WEEKS);
        Optional<Option> announces = Option.chosen(partner, ANNOUNCES, YES_NO);
        Optional<Option> strategy = Option.chosen(partner, STRATEGY, YES_NO);
        Optional<Option> interviews = Option.chosen(partner, INTERVIEWS, YES_NO);

        List<Rating> ratings = List.of(
                numeric(ATTRITION, ATTRITION_NAME, ATTRITION_POINTS, attrition, 35, 10,
                        a -> Text.of(Rating.number(a) + "% a year", "每年 " + Rating.number(a) + "%")),
                numeric(TENURE, TENURE_NAME, TENURE_POINTS, tenure, 1, 4,
                        y -> Text.of(Rating.number(y) + " years", Rating.number(y) + " 年")),
                numeric(BEYOND_THREE_YEARS, BEYOND_THREE_YEARS_NAME, BEYOND_THREE_YEARS_POINTS, beyondThreeYears, 0, 50,
                        p -> Text.of(Rating.number(p) + "% of engineers", Rating.number(p) + "% 的工程师")),
                numeric(BACKFILL, BACKFILL_NAME, BACKFILL_POINTS, backfill, 16, 4,
                        w -> Text.of(Rating.number(w) + " weeks", Rating.number(w) + " 周")),
                practice(ANNOUNCES, ANNOUNCES_NAME, announces,
                        Text.of("given before being asked", "主动告知"), Text.of("only when asked", "仅在被问及时告知")),
                practice(STRATEGY, STRATEGY_NAME, strategy,
                        Text.of("in place", "已制定"), Text.of("none", "没有")),
                practice(INTERVIEWS, INTERVIEWS_NAME, interviews,
                        Text.of("offered", "愿意安排"), Text.of("declined", "不愿安排")));

        attrition.ifPresent(a -> {
            if (a > ATTRITION_FLAG_PERCENT) {
                redFlags.add(Text.of("More than " + Rating.number(ATTRITION_FLAG_PERCENT) + "% of the engineers ("
                                + Rating.number(a) + "%) left in a year: expect the client's teams to churn.",
                        "一年内超过 " + Rating.number(ATTRITION_FLAG_PERCENT) + "% 的工程师（" + Rating.number(a)
                                + "%）离开：客户的团队很可能频繁换人。"));
            }
        });
        backfill.ifPresent(w -> {
            if (w > BACKFILL_FLAG_WEEKS) {
                redFlags.add(Text.of("Replacing a leaver takes " + Rating.number(w) + " weeks, so a gap in the team lasts a quarter or more.",
                        "接替一名离开者需要 " + Rating.number(w) + " 周，团队空缺会持续一个季度或更久。"));
            }
        });
        announces.filter(o -> o.value().equals("no")).ifPresent(o -> redFlags.add(Text.of(
                "The partner does not tell the client about departures unless asked.",
                "除非客户询问，合作伙伴不会主动告知人员离开。")));
        interviews.filter(o -> o.value().equals("no")).ifPresent(o -> redFlags.add(Text.of(
                "The partner will not let the client meet its long-tenured engineers.",
                "合作伙伴不愿让客户与其资深工程师见面。")));

        List<Contribution> contributions = ratings.stream().map(Rating::contribution).toList();
        double value = contributions.stream().mapToDouble(Contribution::points).sum();
        return new Score(clamp(value), confidence(ratings, input.evidenceFor(STRATEGY_DOCUMENT)), contributions,
                Rating.rationale(ratings), redFlags);
    }

    /**
     * The share of the points a number earns: 0 at {@code zeroAt}, 1 at {@code fullAt}, a straight
     * line between them and flat beyond; {@code fullAt} may lie below {@code zeroAt} when less is better.
     */
    static double share(double value, double zeroAt, double fullAt) {
        return Math.max(0, Math.min(1, (value - zeroAt) / (fullAt - zeroAt)));
    }

    private static Rating numeric(String key, Text name, double weight, OptionalDouble answer, double zeroAt, double fullAt,
                                  DoubleFunction<Text> words) {
        if (answer.isEmpty()) {
            return Rating.unanswered(key, name, weight);
        }
        double value = answer.getAsDouble();
        return new Rating(key, name, weight, weight * share(value, zeroAt, fullAt), words.apply(value));
    }

    private static Rating practice(String key, Text name, Optional<Option> chosen, Text yes, Text no) {
        return chosen.map(o -> new Rating(key, name, PRACTICE_POINTS, o.points(), o.points() > 0 ? yes : no))
                .orElse(Rating.unanswered(key, name, PRACTICE_POINTS));
    }

    /** A percentage from 0 to 100; anything else is no answer. */
    private static OptionalDouble percentage(Answers partner, String key) {
        OptionalDouble answer = partner.number(key);
        if (answer.isEmpty() || answer.getAsDouble() < 0 || answer.getAsDouble() > 100) {
            return OptionalDouble.empty();
        }
        return answer;
    }

    /** A duration: negative is no answer, anything beyond {@code max} counts as {@code max}. */
    private static OptionalDouble amount(Answers partner, String key, double max) {
        OptionalDouble answer = partner.number(key);
        if (answer.isEmpty() || answer.getAsDouble() < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(max, answer.getAsDouble()));
    }

    /** The share of the scored questions answered, plus a little for an attached strategy once anything is answered. */
    private static double confidence(List<Rating> ratings, List<Evidence> strategy) {
        long answered = ratings.stream().filter(Rating::answered).count();
        if (answered == 0) {
            return 0;
        }
        double bonus = strategy.isEmpty() ? 0
                : strategy.stream().anyMatch(Evidence::verified) ? VERIFIED_EVIDENCE_CONFIDENCE : EVIDENCE_CONFIDENCE;
        return Math.min(1, (double) answered / ratings.size() + bonus);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, Math.round(value * 10) / 10.0));
    }
}
