package org.partnerfit.plugins.kpis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Contribution;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Descriptor;
import org.partnerfit.spi.Evidence;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Rating;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.Text;

/**
 * KPIs: will the partnership be run on data? Five answers share the 100 points:
 *
 * <ul>
 *   <li>an existing KPI framework, 20 points;</li>
 *   <li>the delivery metrics the partner will share, 6 points each, at most 30 (five or more);</li>
 *   <li>how often the metrics are reported, up to 15 points;</li>
 *   <li>what a worsening metric leads to, from blame (1, no points) to improvement (5, 20 points);</li>
 *   <li>direct read access for the client to the partner's dashboards, 15 points.</li>
 * </ul>
 *
 * <p>A missing or unusable answer earns nothing; the confidence is the share of those five
 * questions answered, plus a little for an attached sample report.
 */
public final class KpisPlugin implements CriterionPlugin {

    private static final Descriptor DESCRIPTOR = new Descriptor("kpis", "1.0.0", SPI_VERSION,
            Text.of("KPIs", "关键绩效指标（KPI）"),
            Text.of("Whether the partner runs its work on agreed metrics, shares them openly and uses them to improve rather than to blame.",
                    "合作伙伴是否依据约定的指标开展工作、公开分享这些指标，并用它们来改进而非追责。"));

    static final String FRAMEWORK = "kpiFramework";
    static final String METRICS = "sharedMetrics";
    static final String CADENCE = "reportingCadence";
    static final String IMPROVEMENT = "improvementFocus";
    static final String DASHBOARDS = "dashboardAccess";
    static final String SAMPLE_REPORT = "sampleReport";

    private static final double FRAMEWORK_POINTS = 20;
    private static final double POINTS_PER_METRIC = 6;
    /** Sharing this many metrics earns every point of the metrics question. */
    private static final int METRICS_FOR_FULL_POINTS = 5;
    private static final double METRICS_POINTS = POINTS_PER_METRIC * METRICS_FOR_FULL_POINTS;
    private static final double CADENCE_POINTS = 15;
    private static final double IMPROVEMENT_POINTS = 20;
    private static final double DASHBOARD_POINTS = 15;
    /** Scale answers at or below this on the improvement question mean "find who is to blame". */
    private static final int BLAME_THRESHOLD = 2;
    private static final String NO_METRICS = "none";

    private static final double EVIDENCE_CONFIDENCE = 0.05;
    private static final double VERIFIED_EVIDENCE_CONFIDENCE = 0.1;

    private static final Text FRAMEWORK_NAME = Text.of("KPI framework", "KPI 框架");
    private static final Text METRICS_NAME = Text.of("shared delivery metrics", "分享的交付指标");
    private static final Text CADENCE_NAME = Text.of("reporting cadence", "汇报频率");
    private static final Text IMPROVEMENT_NAME = Text.of("improvement over blame", "重改进而非追责");
    private static final Text DASHBOARDS_NAME = Text.of("direct dashboard access", "直接访问指标看板");

    private static final List<Option> FRAMEWORK_OPTIONS = Option.yesNo(FRAMEWORK_POINTS);
    private static final List<Option> DASHBOARD_OPTIONS = Option.yesNo(DASHBOARD_POINTS);

    private static final List<Choice> METRIC_CHOICES = List.of(
            new Choice("leadTime", Text.of("Lead time from commit to production", "从代码提交到上线的前置时间")),
            new Choice("deploymentFrequency", Text.of("How often you deploy", "部署频率")),
            new Choice("changeFailureRate", Text.of("Share of changes that cause a failure", "引发故障的变更比例")),
            new Choice("timeToRestore", Text.of("Time to restore service after an incident", "事故后恢复服务所需的时间")),
            new Choice("throughput", Text.of("Velocity or throughput", "速率或吞吐量")),
            new Choice("defectEscapeRate", Text.of("Defects found only after release", "发布后才发现的缺陷比例")),
            new Choice("teamHealth", Text.of("Team health and morale", "团队健康度与士气")),
            new Choice(NO_METRICS, Text.of("None of these", "以上都不分享")));

    private static final List<Option> CADENCE_OPTIONS = List.of(
            new Option("weekly", Text.of("Weekly", "每周"), CADENCE_POINTS),
            new Option("sprint", Text.of("Every sprint", "每个迭代"), 13),
            new Option("monthly", Text.of("Monthly", "每月"), 9),
            new Option("quarterly", Text.of("Quarterly", "每季度"), 4),
            new Option("onRequest", Text.of("Only when the client asks", "仅在客户索取时"), 0));

    private static final Questionnaire PARTNER = new Questionnaire(List.of(
            Question.single(FRAMEWORK,
                    Text.of("Do you already run your client engagements against a defined set of KPIs?",
                            "贵方目前是否已按照一套明确的关键绩效指标（KPI）来管理客户项目？"),
                    Text.of("A framework means agreed metrics, a stated way of measuring them and people who review them regularly, not one-off reports.",
                            "所谓框架，是指约定的指标、明确的度量方法以及定期审阅的负责人，而不是一次性的报告。"),
                    Option.choices(FRAMEWORK_OPTIONS)),
            Question.multi(METRICS,
                    Text.of("Which delivery metrics will you share with the client for the teams working on its product?",
                            "对于为客户产品工作的团队，贵方愿意与客户分享哪些交付指标？"),
                    Text.of("Tick every metric you would report regularly, not only on request.",
                            "请勾选所有贵方愿意定期汇报（而不仅是应要求提供）的指标。"),
                    METRIC_CHOICES),
            Question.single(CADENCE,
                    Text.of("How often will the client receive a report of these metrics?",
                            "客户多久能收到一次这些指标的报告？"),
                    Text.of("A sprint here means an iteration of two to three weeks.",
                            "此处的迭代指两到三周的一个开发周期。"),
                    Option.choices(CADENCE_OPTIONS)),
            Question.scale(IMPROVEMENT,
                    Text.of("When one of these metrics gets worse, what does the discussion that follows concentrate on?",
                            "当其中某项指标变差时，随后的讨论主要关注什么？"),
                    Text.of("1 = who is responsible for the drop, 5 = what to change in the way of working",
                            "1 = 谁应为下滑负责，5 = 工作方式中需要改变什么"),
                    List.of(new Choice("1", Text.of("Who is responsible", "谁应负责")),
                            new Choice("2", Text.of("Mostly who is responsible", "主要是追究责任")),
                            new Choice("3", Text.of("Both equally", "两者兼有")),
                            new Choice("4", Text.of("Mostly what to improve", "主要是寻求改进")),
                            new Choice("5", Text.of("What to improve, with no blame", "如何改进，不追究个人")))),
            Question.single(DASHBOARDS,
                    Text.of("Will you give the client direct, read-only access to your metric dashboards?",
                            "贵方是否愿意让客户以只读方式直接访问贵方的指标看板？"),
                    Text.of("The client can then look at the numbers itself whenever it wants, not only in reports.",
                            "这样客户可以随时自行查看数据，而不仅限于阅读报告。"),
                    Option.choices(DASHBOARD_OPTIONS)),
            Question.evidence(SAMPLE_REPORT,
                    Text.of("A sample KPI report you have sent to a client, with names removed",
                            "贵方曾发给客户的一份 KPI 报告样本（已隐去名称）"),
                    Text.of("Optional: PDF, Excel or PNG. An attached sample adds a little to the confidence of this score, not to its value.",
                            "选填：PDF、Excel 或 PNG 格式。附上的样本会略微提高此项评分的可信度，但不会改变分数。"),
                    List.of("pdf", "xlsx", "png"))));

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
        List<Text> redFlags = new ArrayList<>();

        Optional<Option> framework = Option.chosen(partner, FRAMEWORK, FRAMEWORK_OPTIONS);
        Optional<Option> cadence = Option.chosen(partner, CADENCE, CADENCE_OPTIONS);
        OptionalInt improvement = partner.scale(IMPROVEMENT);
        Optional<Option> dashboards = Option.chosen(partner, DASHBOARDS, DASHBOARD_OPTIONS);

        List<Rating> ratings = List.of(
                yesNo(FRAMEWORK, FRAMEWORK_NAME, FRAMEWORK_POINTS, framework,
                        Text.of("in place", "已建立"), Text.of("none", "没有")),
                metrics(partner, redFlags),
                cadence.map(o -> new Rating(CADENCE, CADENCE_NAME, CADENCE_POINTS, o.points(), lowerCased(o.label())))
                        .orElse(Rating.unanswered(CADENCE, CADENCE_NAME, CADENCE_POINTS)),
                improvement(improvement),
                yesNo(DASHBOARDS, DASHBOARDS_NAME, DASHBOARD_POINTS, dashboards,
                        Text.of("offered", "愿意开放"), Text.of("declined", "不愿开放")));

        cadence.filter(o -> o.value().equals("onRequest")).ifPresent(o -> redFlags.add(Text.of(
                "The client would see metrics only when it asks for them.",
                "客户只有在索取时才能看到指标数据。")));
        improvement.ifPresent(step -> {
            if (step <= BLAME_THRESHOLD) {
                redFlags.add(Text.of("When a metric worsens, the partner looks for someone to blame rather than for what to improve.",
                        "指标变差时，合作伙伴倾向于追究责任，而不是寻找需要改进之处。"));
            }
        });

        List<Contribution> contributions = ratings.stream().map(Rating::contribution).toList();
        double value = contributions.stream().mapToDouble(Contribution::points).sum();
        return new Score(clamp(value), confidence(ratings, input.evidenceFor(SAMPLE_REPORT)), contributions,
                Rating.rationale(ratings), redFlags);
    }

    /**
     * 6 points for every distinct metric offered, at most 30. Values that are not metrics are
     * ignored; "none of these" alone is an answer worth nothing, and is flagged.
     */
    private static Rating metrics(Answers partner, List<Text> redFlags) {
        List<String> known = partner.all(METRICS).stream().distinct()
                .filter(v -> METRIC_CHOICES.stream().anyMatch(c -> c.value().equals(v))).toList();
        if (known.isEmpty()) {
            return Rating.unanswered(METRICS, METRICS_NAME, METRICS_POINTS);
        }
        long shared = known.stream().filter(v -> !v.equals(NO_METRICS)).count();
        if (shared == 0) {
            redFlags.add(Text.of("The partner will not share any delivery metrics with the client.",
                    "合作伙伴不愿与客户分享任何交付指标。"));
            return new Rating(METRICS, METRICS_NAME, METRICS_POINTS, 0, Text.of("none", "不分享"));
        }
        int offered = METRIC_CHOICES.size() - 1;
        return new Rating(METRICS, METRICS_NAME, METRICS_POINTS,
                POINTS_PER_METRIC * Math.min(shared, METRICS_FOR_FULL_POINTS),
                Text.of(shared + " of " + offered + " metrics", offered + " 项中的 " + shared + " 项"));
    }

    /** Step 1 (blame) earns nothing, step 5 (improvement) all 20 points, 5 points a step between. */
    private static Rating improvement(OptionalInt step) {
        if (step.isEmpty()) {
            return Rating.unanswered(IMPROVEMENT, IMPROVEMENT_NAME, IMPROVEMENT_POINTS);
        }
        int s = step.getAsInt();
        return new Rating(IMPROVEMENT, IMPROVEMENT_NAME, IMPROVEMENT_POINTS, IMPROVEMENT_POINTS * (s - 1) / 4.0,
                Text.of(s + " of 5", "5 级中的第 " + s + " 级"));
    }

    private static Rating yesNo(String key, Text name, double weight, Optional<Option> chosen, Text yes, Text no) {
        return chosen.map(o -> new Rating(key, name, weight, o.points(), o.points() > 0 ? yes : no))
                .orElse(Rating.unanswered(key, name, weight));
    }

    /** The share of the scored questions answered, plus a little for an attached sample once anything is answered. */
    private static double confidence(List<Rating> ratings, List<Evidence> sample) {
        long answered = ratings.stream().filter(Rating::answered).count();
        if (answered == 0) {
            return 0;
        }
        double bonus = sample.isEmpty() ? 0
                : sample.stream().anyMatch(Evidence::verified) ? VERIFIED_EVIDENCE_CONFIDENCE : EVIDENCE_CONFIDENCE;
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
