package org.partnerfit.plugins.desireinterest;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.Text;

/**
 * Desire and interest: the client names its objectives, how far ahead it plans and how much
 * roadmap input it wants; the partner answers the same three, and says whether it dedicates a
 * stable team and how it sees the engagement. The score is the partner's closeness to the
 * client's profile plus those two signals. A partner that only supplies engineers on demand is
 * flagged whatever the client answered.
 *
 * <p>Points: shared objectives 35, planning horizon 15, roadmap input 15, stable team 20,
 * engagement stance 15.
 */
public final class DesireInterestPlugin implements CriterionPlugin {

    static final String OBJECTIVES = "objectives";
    static final String HORIZON = "horizon";
    static final String ROADMAP = "roadmapInput";
    static final String TEAM = "stableTeam";
    static final String STANCE = "stance";
    static final String RESTATEMENT = "restatement";

    private static final Descriptor DESCRIPTOR = new Descriptor("desire-interest", "1.0.0", SPI_VERSION,
            Text.of("Desire & interest", "合作意愿与兴趣"),
            Text.of("Whether the partner takes on the client's own objectives and plans for a lasting, stable "
                            + "engagement rather than a transactional one.",
                    "合作伙伴是否认同客户自身的目标，并为长期、稳定的合作做规划，而不是只做一次性的交易。"));

    private static final double OBJECTIVE_POINTS = 35;
    private static final double HORIZON_POINTS = 15;
    private static final double ROADMAP_POINTS = 15;
    private static final double TEAM_POINTS = 20;
    private static final double STANCE_POINTS = 15;
    private static final int SCORED_QUESTIONS = 5;

    /** Longer plans than this many years are counted as this many. */
    private static final double MAX_YEARS = 30;
    /** Without any client profile the fit cannot be judged, so the score is trusted at most this much. */
    private static final double CONFIDENCE_WITHOUT_PROFILE = 0.2;
    /** A question that brought at least this share of its points raised the score; below it, lowered it. */
    private static final double RAISING_SHARE = 0.75;

    private static final Text OBJECTIVES_NAME = Text.of("shared objectives", "共同目标");
    private static final Text HORIZON_NAME = Text.of("planning horizon", "规划期限");
    private static final Text ROADMAP_NAME = Text.of("roadmap input", "路线图参与");
    private static final Text TEAM_NAME = Text.of("stable team", "稳定团队");
    private static final Text STANCE_NAME = Text.of("engagement stance", "合作定位");
    private static final Text YEARS = Text.of("years", "年");

    private static final List<Option> TEAM_OPTIONS = List.of(
            new Option("named", Text.of("Yes, named people committed for the long run", "是，指定人员长期投入"),
                    Text.of("named people", "指定人员"), 1.0),
            new Option("leads", Text.of("Only the leads stay; other members rotate", "只有负责人固定，其他成员轮换"),
                    Text.of("only the leads stay", "仅负责人固定"), 0.5),
            new Option("pool", Text.of("No, people are assigned from a pool as needed", "否，按需从人员池中调配"),
                    Text.of("assigned from a pool", "从人员池调配"), 0.0));

    private static final List<Option> STANCE_OPTIONS = List.of(
            new Option("long-term", Text.of("A multi-year partnership we invest in", "我们愿意投入的多年期伙伴关系"),
                    Text.of("multi-year partnership", "多年期伙伴关系"), 1.0),
            new Option("project", Text.of("A series of separate projects", "一系列彼此独立的项目"),
                    Text.of("project by project", "逐个项目"), 0.5),
            new Option("staffing", Text.of("Supplying engineers on demand (staff augmentation)", "按需提供工程师（人员外包）"),
                    Text.of("staff augmentation", "人员外包"), 0.0));

    private static final List<Choice> ROADMAP_STEPS = List.of(
            new Choice("1", Text.of("None: the roadmap is handed over finished", "不参与：路线图交付时已定稿")),
            new Choice("2", Text.of("Comments now and then, when asked", "在被询问时偶尔提出意见")),
            new Choice("3", Text.of("Regular suggestions for the client to weigh", "定期提出建议，由客户权衡")),
            new Choice("4", Text.of("Concrete proposals in every planning cycle", "每个规划周期都提出具体方案")),
            new Choice("5", Text.of("The roadmap is written jointly", "双方共同编写路线图")));

    private static final Questionnaire CLIENT_PROFILE = new Questionnaire(List.of(
            Question.multi(OBJECTIVES,
                    Text.of("Which objectives should an outside engineering partner help you reach in the coming years?",
                            "在未来几年里，您希望外部工程合作伙伴帮助您实现哪些目标？"),
                    Text.of("Tick only those that really drive your plans; partners see the same list.",
                            "请只勾选真正推动您规划的目标；合作伙伴会看到同样的选项。"),
                    Objective.choices()),
            Question.number(HORIZON,
                    Text.of("How many years ahead do your product and technology plans reach?",
                            "您的产品和技术规划覆盖未来多少年？"),
                    Text.of("A partner that plans at least this far ahead fits best.",
                            "规划期限不短于此的合作伙伴最为契合。"),
                    YEARS),
            Question.scale(ROADMAP,
                    Text.of("How much should a partner shape your roadmap?", "合作伙伴应在多大程度上参与制定您的路线图？"),
                    Text.of("1 = " + ROADMAP_STEPS.get(0).label().en() + ", 5 = " + ROADMAP_STEPS.get(4).label().en(),
                            "1 = " + ROADMAP_STEPS.get(0).label().zh() + "，5 = " + ROADMAP_STEPS.get(4).label().zh()),
                    ROADMAP_STEPS)));

    private static final Questionnaire PARTNER = new Questionnaire(List.of(
            Question.multi(OBJECTIVES,
                    Text.of("Which of these objectives will your team commit to and accept being measured on?",
                            "贵方团队愿意承诺并接受考核的是以下哪些目标？"),
                    Text.of("Pick only those you could explain back to the client and plan concrete work for.",
                            "请只选择您能够向客户复述清楚、并能据此安排具体工作的目标。"),
                    Objective.choices()),
            Question.number(HORIZON,
                    Text.of("For how many years are you prepared to plan and staff this engagement?",
                            "贵方准备为这次合作做多少年的规划和人员安排？"),
                    Text.of("Whole or part years, for example 3 or 2.5.", "可填写整数或小数年份，例如 3 或 2.5。"),
                    YEARS),
            Question.scale(ROADMAP,
                    Text.of("How much input to the client's roadmap will you give?", "贵方会为客户的路线图提供多少意见？"),
                    Text.of("1 = " + ROADMAP_STEPS.get(0).label().en() + ", 5 = " + ROADMAP_STEPS.get(4).label().en(),
                            "1 = " + ROADMAP_STEPS.get(0).label().zh() + "，5 = " + ROADMAP_STEPS.get(4).label().zh()),
                    ROADMAP_STEPS),
            Question.single(TEAM,
                    Text.of("Will a named core team stay with this engagement over time?",
                            "是否会有一支成员固定的核心团队长期负责这次合作？"),
                    Text.of("A team that stays keeps what it has learnt about the client's product; rotation loses it.",
                            "固定的团队能够积累对客户产品的了解；频繁轮换会让这些知识流失。"),
                    Option.choices(TEAM_OPTIONS)),
            Question.single(STANCE,
                    Text.of("Which best describes how you see this engagement?", "以下哪一项最能描述贵方对这次合作的定位？"),
                    Text.of("Choose the one closest to how you would staff and price it.",
                            "请选择与贵方人员安排和报价方式最接近的一项。"),
                    Option.choices(STANCE_OPTIONS)),
            Question.text(RESTATEMENT,
                    Text.of("In your own words: what is the client trying to achieve, and what would you propose first?",
                            "请用您自己的话说明：客户想要实现什么？您首先会提出什么建议？"),
                    Text.of("Optional. Assessors read it; it does not change the score.",
                            "选填。评估人员会阅读，但不影响分数。"))));

    @Override
    public Descriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Questionnaire partnerQuestionnaire() {
        return PARTNER;
    }

    @Override
    public Questionnaire clientProfileQuestionnaire() {
        return CLIENT_PROFILE;
    }

    @Override
    public Score score(ScoringInput input) {
        Answers partner = input.partner();
        Answers client = input.clientProfile();
        List<Text> redFlags = new ArrayList<>();
        List<Part> parts = List.of(
                objectives(partner, client, redFlags),
                horizon(partner, client),
                roadmap(partner, client),
                option(TEAM, TEAM_NAME, TEAM_POINTS, TEAM_OPTIONS, partner),
                option(STANCE, STANCE_NAME, STANCE_POINTS, STANCE_OPTIONS, partner));

        if ("staffing".equals(partner.first(STANCE).orElse(""))) {
            redFlags.add(Text.of("The partner sees the engagement as supplying engineers on demand, not as a partnership.",
                    "合作伙伴把这次合作看作按需提供工程师，而不是伙伴关系。"));
        }
        boolean noProfile = Objective.chosen(client, OBJECTIVES).isEmpty() && years(client).isEmpty()
                && client.scale(ROADMAP).isEmpty();
        if (noProfile) {
            redFlags.add(Text.of("The client has not stated its objectives and plans yet, so fit cannot be measured.",
                    "客户尚未说明自身的目标和规划，因此无法衡量契合度。"));
        }

        double value = parts.stream().mapToDouble(Part::points).sum();
        double confidence = (double) parts.stream().filter(Part::scored).count() / SCORED_QUESTIONS;
        if (noProfile) {
            confidence = Math.min(confidence, CONFIDENCE_WITHOUT_PROFILE);
        }
        List<Contribution> contributions = parts.stream().map(Part::contribution).toList();
        return new Score(round(value), confidence, contributions, rationale(parts), redFlags);
    }

    private static Part objectives(Answers partner, Answers client, List<Text> redFlags) {
        List<Objective> theirs = Objective.chosen(partner, OBJECTIVES);
        List<Objective> ours = Objective.chosen(client, OBJECTIVES);
        if (theirs.isEmpty() || ours.isEmpty()) {
            return Part.missing(OBJECTIVES, OBJECTIVES_NAME, theirs.isEmpty());
        }
        List<Objective> missed = ours.stream().filter(o -> !theirs.contains(o)).toList();
        int shared = ours.size() - missed.size();
        if (shared == 0) {
            redFlags.add(Text.of("The partner commits to none of the objectives the client named.",
                    "合作伙伴没有承诺客户列出的任何一项目标。"));
        }
        Text note = missed.isEmpty()
                ? Text.of("Commits to all " + ours.size() + " of the client's objectives.",
                        "承诺了客户全部 " + ours.size() + " 项目标。")
                : Text.of("Commits to " + shared + " of the client's " + ours.size() + " objectives; not to: "
                                + String.join(", ", missed.stream().map(o -> o.label().en()).toList()) + ".",
                        "承诺了客户 " + ours.size() + " 项目标中的 " + shared + " 项；未承诺："
                                + String.join("、", missed.stream().map(o -> o.label().zh()).toList()) + "。");
        return Part.scored(OBJECTIVES, OBJECTIVES_NAME, OBJECTIVE_POINTS, (double) shared / ours.size(),
                Text.of(shared + " of " + ours.size(), ours.size() + " 项中的 " + shared + " 项"), note);
    }

    private static Part horizon(Answers partner, Answers client) {
        OptionalDouble theirs = years(partner);
        OptionalDouble ours = years(client);
        if (theirs.isEmpty() || ours.isEmpty()) {
            return Part.missing(HORIZON, HORIZON_NAME, theirs.isEmpty());
        }
        double p = theirs.getAsDouble();
        double c = ours.getAsDouble();
        double share = c <= 0 ? 1.0 : Math.min(1.0, p / c);
        return Part.scored(HORIZON, HORIZON_NAME, HORIZON_POINTS, share,
                Text.of("partner " + format(p) + ", client " + format(c) + " years",
                        "合作伙伴 " + format(p) + " 年，客户 " + format(c) + " 年"),
                Text.of("Plans " + format(p) + " years ahead; the client plans " + format(c) + ".",
                        "规划 " + format(p) + " 年；客户规划 " + format(c) + " 年。"));
    }

    private static Part roadmap(Answers partner, Answers client) {
        OptionalInt theirs = partner.scale(ROADMAP);
        OptionalInt ours = client.scale(ROADMAP);
        if (theirs.isEmpty() || ours.isEmpty()) {
            return Part.missing(ROADMAP, ROADMAP_NAME, theirs.isEmpty());
        }
        int distance = Math.abs(theirs.getAsInt() - ours.getAsInt());
        return Part.scored(ROADMAP, ROADMAP_NAME, ROADMAP_POINTS, 1 - distance / 4.0,
                Text.of(distance + " apart", "相差 " + distance + " 级"),
                Text.of("Client " + ours.getAsInt() + ", partner " + theirs.getAsInt() + ".",
                        "客户 " + ours.getAsInt() + "，合作伙伴 " + theirs.getAsInt() + "。"));
    }

    private static Part option(String key, Text name, double points, List<Option> options, Answers partner) {
        Optional<Option> answer = partner.first(key)
                .flatMap(value -> options.stream().filter(o -> o.value().equals(value)).findFirst());
        if (answer.isEmpty()) {
            return Part.missing(key, name, true);
        }
        Option chosen = answer.get();
        String en = name.en().substring(0, 1).toUpperCase(Locale.ROOT) + name.en().substring(1);
        return Part.scored(key, name, points, chosen.share(), chosen.detail(),
                Text.of(en + ": " + chosen.detail().en() + ".", name.zh() + "：" + chosen.detail().zh() + "。"));
    }

    /** A planning horizon in years, empty when missing, garbage or negative, at most {@link #MAX_YEARS}. */
    private static OptionalDouble years(Answers answers) {
        OptionalDouble years = answers.number(HORIZON);
        if (years.isEmpty() || years.getAsDouble() < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(MAX_YEARS, years.getAsDouble()));
    }

    private static Text rationale(List<Part> parts) {
        List<Part> scored = parts.stream().filter(Part::scored).toList();
        List<Part> missing = parts.stream().filter(p -> !p.scored()).toList();
        if (scored.isEmpty()) {
            return Text.of("Nothing could be scored: answers are missing on one side or both.",
                    "无法计分：一方或双方缺少答案。");
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
                    .append(String.join(", ", missing.stream().map(p -> p.name().en()).toList())).append(".");
            zh.append("因缺少答案而未计分：")
                    .append(String.join("、", missing.stream().map(p -> p.name().zh()).toList())).append("。");
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

    /** One allowed answer of a single-choice signal, with the share of the question's points it earns. */
    private record Option(String value, Text label, Text detail, double share) {

        static List<Choice> choices(List<Option> options) {
            return options.stream().map(o -> new Choice(o.value(), o.label())).toList();
        }
    }

    /** What one question brought: its points out of {@code max}, or nothing because an answer is missing. */
    private record Part(String key, Text name, double max, double points, boolean scored, Text detail, Text note) {

        static Part scored(String key, Text name, double max, double share, Text detail, Text note) {
            return new Part(key, name, max, max * share, true, detail, note);
        }

        static Part missing(String key, Text name, boolean partnerMissing) {
            Text note = partnerMissing
                    ? Text.of("Not scored: the partner did not answer.", "未计分：合作伙伴未作答。")
                    : Text.of("Not compared: the client did not answer.", "未比较：客户未作答。");
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
