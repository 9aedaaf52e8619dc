package org.partnerfit.plugins.costnegotiation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Negotiating on cost: whether price is a recurring, two-way conversation. The partner says
 * whether it commits to a cost review at fixed intervals and how often, how openly it shares its
 * rates, which levers the client can pull to adjust cost, and how its last renegotiation went.
 * The review cadence is measured against the cadence the client admin wants (12 months unless
 * configured). A sample rate card raises the confidence of the score, not its value.
 *
 * <p>Points: fixed review 20, cadence 15, rate-card transparency 25, levers 20, past renegotiation 20.
 */
public final class CostNegotiationPlugin implements CriterionPlugin {

    static final String REVIEW = "costReview";
    static final String CADENCE = "reviewCadence";
    static final String RATE_CARD = "rateCard";
    static final String LEVERS = "levers";
    static final String RENEGOTIATION = "renegotiation";
    static final String SAMPLE = "rateCardSample";
    static final String WANTED_CADENCE = "wantedCadence";

    private static final Descriptor DESCRIPTOR = new Descriptor("cost-negotiation", "1.0.1", SPI_VERSION,
            Text.of("Negotiating on cost", "成本协商"),
            Text.of("Whether the partner treats price as a regular, open conversation: scheduled reviews, visible "
                            + "rates, ways to adjust cost and a record of reaching agreement calmly.",
                    "合作伙伴是否把价格当作定期、公开的沟通：按期审查、费率透明、有调整成本的手段，并且过往议价能平和地达成一致。"));

    private static final double REVIEW_POINTS = 20;
    private static final double CADENCE_POINTS = 15;
    private static final double RATE_CARD_POINTS = 25;
    private static final double LEVER_POINTS = 20;
    private static final double RENEGOTIATION_POINTS = 20;

    /** The wanted cadence when the client admin has set none (or nonsense). */
    static final double DEFAULT_WANTED_MONTHS = 12;
    private static final double MAX_WANTED_MONTHS = 60;
    /** Reviews further apart than this many months are counted as this far apart. */
    private static final double MAX_CADENCE_MONTHS = 120;
    /** This many levers or more earn all the lever points. */
    private static final int FULL_LEVERS = 4;
    /** Confidence added by an attached sample rate card, and by one an assessor has verified. */
    private static final double SAMPLE_CONFIDENCE = 0.05;
    private static final double VERIFIED_SAMPLE_CONFIDENCE = 0.1;
    private static final List<String> SAMPLE_TYPES = List.of("pdf", "xlsx");
    /** A question that brought at least this share of its points raised the score; below it, lowered it. */
    private static final double RAISING_SHARE = 0.75;

    private static final Text REVIEW_NAME = Text.of("fixed cost review", "定期成本审查");
    private static final Text CADENCE_NAME = Text.of("review cadence", "审查周期");
    private static final Text RATE_CARD_NAME = Text.of("rate-card transparency", "费率透明度");
    private static final Text LEVERS_NAME = Text.of("flexibility levers", "成本调整手段");
    private static final Text RENEGOTIATION_NAME = Text.of("past renegotiation", "以往重新议价");
    private static final Text MONTHS = Text.of("months", "个月");

    private static final List<Option> REVIEW_OPTIONS = List.of(
            new Option("yes", Text.of("Yes", "是"), Text.of("agreed", "同意"), 1.0),
            new Option("no", Text.of("No", "否"), Text.of("declined", "不同意"), 0.0));

    private static final List<Option> RATE_CARD_OPTIONS = List.of(
            new Option("full", Text.of("All of it: every role and level with its rate", "全部：每个角色和级别及其费率"),
                    Text.of("full rate card", "完整费率表"), 1.0),
            new Option("partial", Text.of("Some of it: blended or banded rates", "部分：综合费率或区间费率"),
                    Text.of("partial", "部分公开"), 0.5),
            new Option("none", Text.of("None: we quote a total price only", "不公开：只报总价"),
                    Text.of("not shared", "不公开"), 0.0));

    private static final List<Choice> RENEGOTIATION_STEPS = List.of(
            new Choice("1", Text.of("It ended in a dispute or an escalation", "以争议或升级告终")),
            new Choice("2", Text.of("Hard going, and the relationship suffered", "过程艰难，关系受到影响")),
            new Choice("3", Text.of("Agreed after a long back-and-forth", "经过长时间反复后达成一致")),
            new Choice("4", Text.of("Agreed with minor friction", "稍有摩擦后达成一致")),
            new Choice("5", Text.of("Agreed smoothly; the relationship was unaffected", "顺利达成一致，关系未受影响")));

    private static final Questionnaire PARTNER = new Questionnaire(List.of(
            Question.single(REVIEW,
                    Text.of("Will you write a cost review at fixed intervals into the contract?",
                            "贵方是否愿意在合同中约定按固定周期进行成本审查？"),
                    Text.of("A review both sides can plan for, not one called only when something has gone wrong.",
                            "这是双方都可以提前安排的审查，而不是出了问题才临时召开的会议。"),
                    Option.choices(REVIEW_OPTIONS)),
            Question.number(CADENCE,
                    Text.of("How many months apart would those reviews be?", "每两次审查之间相隔几个月？"),
                    Text.of("Shorter intervals let prices follow changes in scope and in the market sooner.",
                            "间隔越短，价格就越能及时反映工作范围和市场的变化。"),
                    MONTHS).showIf(ShowIf.answered(REVIEW, "yes")),
            Question.single(RATE_CARD,
                    Text.of("How much of your rate card will you share with the client?", "贵方会向客户公开多少费率信息？"),
                    Text.of("A rate card gives the price of each role at each level of seniority.",
                            "费率表列出每种角色在各个资历级别上的价格。"),
                    Option.choices(RATE_CARD_OPTIONS)),
            Question.multi(LEVERS,
                    Text.of("Which levers could the client use to adjust cost during the engagement?",
                            "在合作期间，客户可以通过哪些方式调整成本？"),
                    Text.of("Tick every lever you would put in the contract.", "请勾选贵方愿意写入合同的所有方式。"),
                    Lever.choices()),
            Question.scale(RENEGOTIATION,
                    Text.of("The last time you renegotiated prices with a client, how did it go?",
                            "贵方上一次与客户重新商定价格时，过程如何？"),
                    Text.of("1 = " + RENEGOTIATION_STEPS.get(0).label().en() + ", 5 = " + RENEGOTIATION_STEPS.get(4).label().en(),
                            "1 = " + RENEGOTIATION_STEPS.get(0).label().zh() + "，5 = " + RENEGOTIATION_STEPS.get(4).label().zh()),
                    RENEGOTIATION_STEPS),
            Question.evidence(SAMPLE,
                    Text.of("Attach a sample rate card (figures may be masked).", "请附上一份费率表样本（具体数字可以隐去）。"),
                    Text.of("Optional. It raises the confidence of the score, not its value.",
                            "选填。它会提高评分的可信度，但不改变分值。"),
                    SAMPLE_TYPES).showIf(ShowIf.answered(RATE_CARD, "full", "partial"))));

    private static final Questionnaire CONFIGURATION = new Questionnaire(List.of(
            Question.number(WANTED_CADENCE,
                    Text.of("At most how many months should pass between two cost reviews?",
                            "两次成本审查之间最多可以相隔几个月？"),
                    Text.of("The partner's proposed cadence is judged against this; 12 when left empty; 1 to 60 months.",
                            "合作伙伴提议的审查周期将以此为标准评判；留空时按 12 个月计算；可设 1 到 60 个月。"),
                    MONTHS).atLeast(1).atMost(MAX_WANTED_MONTHS).optional()));

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
        double wanted = wantedMonths(input.configuration());
        List<Text> redFlags = new ArrayList<>();

        Part review = option(REVIEW, REVIEW_NAME, REVIEW_POINTS, REVIEW_OPTIONS, partner);
        boolean declined = "no".equals(partner.first(REVIEW).orElse(""));
        List<Part> parts = new ArrayList<>();
        parts.add(review);
        if (!declined) {
            parts.add(cadence(partner, wanted));
        }
        parts.add(option(RATE_CARD, RATE_CARD_NAME, RATE_CARD_POINTS, RATE_CARD_OPTIONS, partner));
        parts.add(levers(partner));
        parts.add(renegotiation(partner));

        if (declined) {
            redFlags.add(Text.of("The partner will not commit to a scheduled cost review; price would only be discussed ad hoc.",
                    "合作伙伴不愿承诺定期成本审查；价格只会临时商谈。"));
        }
        if ("none".equals(partner.first(RATE_CARD).orElse(""))) {
            redFlags.add(Text.of("The partner does not share its rates, so the client cannot check what it pays for.",
                    "合作伙伴不公开费率，客户无法核对所付费用的构成。"));
        }
        if (partner.scale(RENEGOTIATION).orElse(0) == 1) {
            redFlags.add(Text.of("The partner's last price renegotiation ended in a dispute or an escalation.",
                    "合作伙伴上一次重新议价以争议或升级告终。"));
        }

        List<Evidence> samples = input.evidenceFor(SAMPLE).stream().filter(CostNegotiationPlugin::acceptedType).toList();
        long answered = parts.stream().filter(Part::scored).count();
        double confidence = (double) answered / parts.size();
        List<Contribution> contributions = new ArrayList<>(parts.stream().map(Part::contribution).toList());
        if (!samples.isEmpty()) {
            boolean verified = samples.stream().anyMatch(Evidence::verified);
            if (answered > 0) {
                confidence = Math.min(1.0, confidence + (verified ? VERIFIED_SAMPLE_CONFIDENCE : SAMPLE_CONFIDENCE));
            }
            contributions.add(new Contribution(SAMPLE, 0, verified
                    ? Text.of("Sample rate card attached and verified by an assessor; raises confidence only.",
                            "已附费率表样本并经评估人员核实；只提高可信度。")
                    : Text.of("Sample rate card attached, not yet verified; raises confidence only.",
                            "已附费率表样本，尚未核实；只提高可信度。")));
        }

        double value = parts.stream().mapToDouble(Part::points).sum();
        return new Score(round(value), confidence, contributions, rationale(parts, !samples.isEmpty()), redFlags);
    }

    private static Part cadence(Answers partner, double wanted) {
        OptionalDouble months = partner.number(CADENCE);
        if (months.isEmpty() || months.getAsDouble() <= 0) {
            return Part.missing(CADENCE, CADENCE_NAME);
        }
        double every = Math.min(MAX_CADENCE_MONTHS, months.getAsDouble());
        double share = every <= wanted ? 1.0 : wanted / every;
        return Part.scored(CADENCE, CADENCE_NAME, CADENCE_POINTS, share,
                Text.of("every " + format(every) + " months, client wants " + format(wanted),
                        "每 " + format(every) + " 个月，客户期望 " + format(wanted) + " 个月"),
                Text.of("Reviews every " + format(every) + " months; the client wants at least every " + format(wanted) + ".",
                        "每 " + format(every) + " 个月审查一次；客户期望至少每 " + format(wanted) + " 个月一次。"));
    }

    private static Part levers(Answers partner) {
        if (!Lever.answered(partner, LEVERS)) {
            return Part.missing(LEVERS, LEVERS_NAME);
        }
        List<Lever> offered = Lever.chosen(partner, LEVERS);
        double share = Math.min(1.0, (double) offered.size() / FULL_LEVERS);
        Text note = offered.isEmpty()
                ? Text.of("Offers no lever to adjust cost.", "不提供任何调整成本的手段。")
                : Text.of("Offers " + offered.size() + ": "
                                + String.join(", ", offered.stream().map(l -> l.label().en()).toList()) + ".",
                        "提供 " + offered.size() + " 项：" + String.join("、", offered.stream().map(l -> l.label().zh()).toList()) + "。");
        return Part.scored(LEVERS, LEVERS_NAME, LEVER_POINTS, share,
                Text.of(offered.size() + " offered", "提供 " + offered.size() + " 项"), note);
    }

    private static Part renegotiation(Answers partner) {
        OptionalInt answer = partner.scale(RENEGOTIATION);
        if (answer.isEmpty()) {
            return Part.missing(RENEGOTIATION, RENEGOTIATION_NAME);
        }
        int step = answer.getAsInt();
        Text label = RENEGOTIATION_STEPS.get(step - 1).label();
        return Part.scored(RENEGOTIATION, RENEGOTIATION_NAME, RENEGOTIATION_POINTS, (step - 1) / 4.0,
                Text.of(step + " of 5", "5 级中的第 " + step + " 级"),
                Text.of(step + ": " + label.en() + ".", step + "：" + label.zh() + "。"));
    }

    private static Part option(String key, Text name, double points, List<Option> options, Answers partner) {
        Optional<Option> answer = partner.first(key)
                .flatMap(value -> options.stream().filter(o -> o.value().equals(value)).findFirst());
        if (answer.isEmpty()) {
            return Part.missing(key, name);
        }
        Option chosen = answer.get();
        String en = name.en().substring(0, 1).toUpperCase(Locale.ROOT) + name.en().substring(1);
        return Part.scored(key, name, points, chosen.share(), chosen.detail(),
                Text.of(en + ": " + chosen.detail().en() + ".", name.zh() + "：" + chosen.detail().zh() + "。"));
    }

    /** The configured cadence in months: the default when missing or not a positive number, at most {@link #MAX_WANTED_MONTHS}. */
    private static double wantedMonths(Map<String, String> configuration) {
        String text = configuration.get(WANTED_CADENCE);
        if (text == null) {
            return DEFAULT_WANTED_MONTHS;
        }
        OptionalDouble months = new Answers(Map.of(WANTED_CADENCE, List.of(text))).number(WANTED_CADENCE);
        if (months.isEmpty() || months.getAsDouble() <= 0) {
            return DEFAULT_WANTED_MONTHS;
        }
        return Math.max(1, Math.min(MAX_WANTED_MONTHS, months.getAsDouble()));
    }

    private static boolean acceptedType(Evidence evidence) {
        String name = evidence.fileName() == null ? "" : evidence.fileName().toLowerCase(Locale.ROOT);
        return SAMPLE_TYPES.stream().anyMatch(type -> name.endsWith("." + type));
    }

    private static Text rationale(List<Part> parts, boolean sample) {
        List<Part> scored = parts.stream().filter(Part::scored).toList();
        List<Part> missing = parts.stream().filter(p -> !p.scored()).toList();
        if (scored.isEmpty()) {
            return Text.of("Nothing could be scored: the partner has not answered yet.", "无法计分：合作伙伴尚未作答。");
        }
        List<Part> raised = scored.stream().filter(p -> p.share() >= RAISING_SHARE)
                .sorted(Comparator.comparingDouble(Part::points).reversed()).toList();
        List<Part> lowered = scored.stream().filter(p -> p.share() < RAISING_SHARE)
                .sorted(Comparator.comparingDouble(Part::lost).reversed()).toList();
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        if (!raised.isEmpty()) {
            en.append("Raised by ").append(names(raised, false)).append(". ");
            zh.append("以下方面提高了分数：").append(names(raised, true)).append("。");
        }
        if (!lowered.isEmpty()) {
            en.append("Lowered by ").append(names(lowered, false)).append(". ");
            zh.append("以下方面降低了分数：").append(names(lowered, true)).append("。");
        } else {
            en.append("Every answered question brought at least three quarters of its points. ");
            zh.append("每个已回答的问题都至少获得了四分之三的分值。");
        }
        if (!missing.isEmpty()) {
            en.append("Not scored for lack of an answer: ")
                    .append(String.join(", ", missing.stream().map(p -> p.name().en()).toList())).append(". ");
            zh.append("因缺少答案而未计分：")
                    .append(String.join("、", missing.stream().map(p -> p.name().zh()).toList())).append("。");
        }
        if (sample) {
            en.append("A sample rate card is attached.");
            zh.append("已附费率表样本。");
        }
        return Text.of(en.toString().trim(), zh.toString());
    }

    private static String names(List<Part> parts, boolean chinese) {
        return String.join(chinese ? "、" : ", ", parts.stream()
                .map(p -> chinese
                        ? p.name().zh() + "（" + p.detail().zh() + "）"
                        : p.name().en() + " (" + p.detail().en() + ")")
                .toList());
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.format(Locale.ROOT, "%.1f", number);
    }

    private static double round(double value) {
        return Math.max(0, Math.min(100, Math.round(value * 10) / 10.0));
    }

    /** One allowed answer of a single-choice question, with the share of the question's points it earns. */
    private record Option(String value, Text label, Text detail, double share) {

        static List<Choice> choices(List<Option> options) {
            return options.stream().map(o -> new Choice(o.value(), o.label())).toList();
        }
    }

    /** What one question brought: its points out of {@code max}, or nothing because it was not answered. */
    private record Part(String key, Text name, double max, double points, boolean scored, Text detail, Text note) {

        static Part scored(String key, Text name, double max, double share, Text detail, Text note) {
            return new Part(key, name, max, max * share, true, detail, note);
        }

        static Part missing(String key, Text name) {
            Text note = Text.of("Not scored: the partner did not answer.", "未计分：合作伙伴未作答。");
            return new Part(key, name, 0, 0, false, note, note);
        }

        double share() {
            return max == 0 ? 0 : points / max;
        }

        double lost() {
            return max - points;
        }

        Contribution contribution() {
            return new Contribution(key, points, note);
        }
    }
}
