package org.partnerfit.plugins.technicalexperience;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

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
import org.partnerfit.spi.Text;

/**
 * Technical experience: has the partner already built this kind of system, on this stack, and
 * recently? The client names its stack and the kind of system; the partner names what it has
 * put into production. Points: stack coverage 35, kind of system 20, number of similar systems
 * in five years 20 (each further one worth half the one before), recency of the latest 15,
 * references 10. Covering less than half the client's stack is flagged.
 */
public final class TechnicalExperiencePlugin implements CriterionPlugin {

    static final String STACK = "stack";
    static final String SYSTEM_KIND = "systemKind";
    static final String DELIVERED_STACK = "deliveredStack";
    static final String DELIVERED_KINDS = "deliveredKinds";
    static final String SIMILAR_SYSTEMS = "similarSystems";
    static final String MONTHS_SINCE_SIMILAR = "monthsSinceSimilar";
    static final String REFERENCES = "references";
    static final String CASE_STUDY = "caseStudy";

    private static final double COVERAGE_POINTS = 35;
    private static final double KIND_POINTS = 20;
    private static final double SIMILAR_POINTS = 20;
    private static final double RECENCY_POINTS = 15;
    private static final double REFERENCE_POINTS = 10;

    /** Below this share of the client's stack, the client would be paying for the partner to learn. */
    private static final double COVERAGE_FLOOR = 0.5;
    /** A go-live at most this many months ago counts as fully recent... */
    private static final double FRESH_MONTHS = 12;
    /** ...and one this many months ago or more, not at all. */
    private static final double STALE_MONTHS = 60;
    /** Answers above these are not believable; they are capped, not trusted. */
    private static final double MAX_SYSTEMS = 1000;
    private static final double MAX_MONTHS = 1200;
    /** How much attached case studies raise the confidence: any file, or one an assessor verified. */
    private static final double EVIDENCE_CONFIDENCE = 0.05;
    private static final double VERIFIED_EVIDENCE_CONFIDENCE = 0.1;

    private static final Descriptor DESCRIPTOR = new Descriptor("technical-experience", "1.1.0", SPI_VERSION,
            Text.of("Technical experience", "技术经验"),
            Text.of("Whether the partner has already delivered systems like the client's, on the client's technologies, "
                            + "rather than only employing capable engineers.",
                    "合作伙伴是否已经用客户所用的技术交付过与客户相似的系统，而不仅仅是拥有能干的工程师。"));

    private static final List<Choice> YES_NO = List.of(
            new Choice("yes", Text.of("Yes", "是")),
            new Choice("no", Text.of("No", "否")));

    private static final Questionnaire CLIENT_PROFILE = new Questionnaire(List.of(
            Question.multi(STACK,
                    Text.of("Which technologies does the system the partner will work on use?",
                            "合作伙伴将参与的系统使用了哪些技术？"),
                    Text.of("Tick everything the partner's engineers will have to build or run in, not what you might adopt later.",
                            "请勾选合作伙伴工程师需要用来开发或运维的全部技术，而不是将来可能采用的技术。"),
                    Technologies.ALL),
            Question.single(SYSTEM_KIND,
                    Text.of("What kind of system is it?", "这是一个什么类型的系统？"),
                    Text.of("Pick the one closest to where most of the work will be.", "请选择与主要工作内容最接近的一项。"),
                    SystemKind.CHOICES)));

    private static final Questionnaire PARTNER = new Questionnaire(List.of(
            Question.multi(DELIVERED_STACK,
                    Text.of("In which of these technologies has your firm built systems that are running in production today?",
                            "贵方曾使用以下哪些技术构建过目前仍在生产环境中运行的系统？"),
                    Text.of("Only count technologies in which a team of yours shipped and supported a live system, "
                                    + "not ones that individual engineers know from training or side projects.",
                            "只计算贵方团队曾用于交付并维护线上系统的技术，不包括个别工程师通过培训或业余项目掌握的技术。"),
                    Technologies.ALL),
            Question.multi(DELIVERED_KINDS,
                    Text.of("What kinds of system has your firm delivered into production?",
                            "贵方曾将哪些类型的系统交付上线？"),
                    Text.of("Tick every kind for which you can name at least one live system you built.",
                            "凡是能举出至少一个由贵方构建并已上线的系统的类型，都请勾选。"),
                    SystemKind.CHOICES),
            Question.number(SIMILAR_SYSTEMS,
                    Text.of("How many systems like the client's has your firm delivered in the last five years?",
                            "过去五年里，贵方交付过多少个与客户系统相似的系统？"),
                    Text.of("Similar means the same kind of system on a largely overlapping stack. Enter 0 if none.",
                            "“相似”指系统类型相同且技术栈大部分重合。如果没有，请填 0。"),
                    Text.of("systems", "个系统")),
            Question.number(MONTHS_SINCE_SIMILAR,
                    Text.of("How many months ago did the most recent of those systems go live?",
                            "其中最近的一个系统是多少个月前上线的？"),
                    Text.of("Enter 0 if one went live this month; leave empty if there is none.",
                            "如果本月刚有系统上线，请填 0；如果没有，请留空。"),
                    Text.of("months", "个月")).optional(),
            Question.single(REFERENCES,
                    Text.of("Can the client speak to owners of those systems as references?",
                            "客户能否与这些系统的所有者交流，作为推荐人核实情况？"),
                    Text.of("Answer yes only if you can name people who have agreed to take the call.",
                            "只有当您能提供已同意接听电话的具体人员时，才请回答“是”。"),
                    YES_NO),
            Question.evidence(CASE_STUDY,
                    Text.of("Case study of a comparable system", "可比系统的案例研究"),
                    Text.of("Optional. Describe the problem, the stack, your team's part and the outcome. "
                                    + "It makes the score more certain; it does not add points by itself.",
                            "选填。请说明所解决的问题、技术栈、贵方团队承担的部分以及结果。它会提高评分的可信度，但本身不加分。"),
                    List.of("pdf", "docx", "pptx"))));

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
        Set<String> clientStack = Technologies.known(client.all(STACK));
        Optional<SystemKind> clientKind = client.first(SYSTEM_KIND).flatMap(SystemKind::of);
        OptionalInt similar = count(partner, SIMILAR_SYSTEMS, MAX_SYSTEMS);
        List<Text> redFlags = new ArrayList<>();

        List<Factor> factors = List.of(
                stackCoverage(partner, clientStack, redFlags),
                kindSimilarity(partner, clientKind),
                similarSystems(similar, redFlags),
                recency(partner, similar),
                references(partner));

        if (clientStack.isEmpty() || clientKind.isEmpty()) {
            boolean both = clientStack.isEmpty() && clientKind.isEmpty();
            redFlags.add(Text.of("The client profile does not state "
                            + (both ? "its stack or the kind of system" : clientStack.isEmpty() ? "its stack" : "the kind of system")
                            + ", so the partner's experience cannot be matched against it.",
                    "客户概况未说明" + (both ? "其技术栈和系统类型" : clientStack.isEmpty() ? "其技术栈" : "系统类型")
                            + "，因此无法将合作伙伴的经验与之比对。"));
        }

        double value = factors.stream().mapToDouble(Factor::points).sum();
        double answered = factors.stream().filter(Factor::assessed).count();
        double confidence = answered / factors.size();
        double evidenceBoost = confidence > 0 ? evidenceBoost(input.evidence()) : 0;
        confidence = Math.min(1, confidence + evidenceBoost);
        List<Contribution> contributions = factors.stream().map(Factor::contribution).toList();
        return new Score(round(value), confidence, contributions, rationale(factors, evidenceBoost), redFlags);
    }

    private static Factor stackCoverage(Answers partner, Set<String> clientStack, List<Text> redFlags) {
        Text name = Text.of("stack coverage", "技术栈覆盖");
        if (clientStack.isEmpty()) {
            return Factor.notAssessed(DELIVERED_STACK, name, COVERAGE_POINTS,
                    Text.of("Not compared: the client has not listed its stack.", "未比较：客户尚未列出其技术栈。"),
                    Text.of("client stack unknown", "客户技术栈未知"));
        }
        Set<String> delivered = Technologies.known(partner.all(DELIVERED_STACK));
        if (delivered.isEmpty()) {
            return Factor.notAssessed(DELIVERED_STACK, name, COVERAGE_POINTS, notAnswered(), notAnsweredBrief());
        }
        Set<String> missing = new LinkedHashSet<>(clientStack);
        missing.removeAll(delivered);
        int total = clientStack.size();
        int covered = total - missing.size();
        double share = (double) covered / total;
        Text missingNames = Technologies.names(missing);
        Text note = Text.of(
                "Has production systems in " + covered + " of the client's " + total + " technologies"
                        + (missing.isEmpty() ? "." : "; none in " + missingNames.en() + "."),
                "在客户的 " + total + " 项技术中，有 " + covered + " 项具备生产系统经验"
                        + (missing.isEmpty() ? "。" : "；缺少：" + missingNames.zh() + "。"));
        if (share < COVERAGE_FLOOR) {
            redFlags.add(Text.of("The partner has shipped production systems in only " + covered + " of the client's "
                            + total + " technologies and none in " + missingNames.en()
                            + "; the client would pay for on-the-job learning.",
                    "合作伙伴仅在客户 " + total + " 项技术中的 " + covered + " 项上交付过生产系统，缺少"
                            + missingNames.zh() + "；客户将为其边做边学买单。"));
        }
        return Factor.assessed(DELIVERED_STACK, name, COVERAGE_POINTS, share, note,
                Text.of(covered + " of " + total + " technologies", total + " 项中覆盖 " + covered + " 项"));
    }

    private static Factor kindSimilarity(Answers partner, Optional<SystemKind> clientKind) {
        Text name = Text.of("kind of system", "系统类型");
        if (clientKind.isEmpty()) {
            return Factor.notAssessed(DELIVERED_KINDS, name, KIND_POINTS,
                    Text.of("Not compared: the client has not said what kind of system it is.", "未比较：客户尚未说明系统类型。"),
                    Text.of("client's kind unknown", "客户系统类型未知"));
        }
        Set<SystemKind> delivered = new LinkedHashSet<>();
        partner.all(DELIVERED_KINDS).forEach(v -> SystemKind.of(v).ifPresent(delivered::add));
        if (delivered.isEmpty()) {
            return Factor.notAssessed(DELIVERED_KINDS, name, KIND_POINTS, notAnswered(), notAnsweredBrief());
        }
        SystemKind wanted = clientKind.get();
        Text label = wanted.phrase();
        if (delivered.contains(wanted)) {
            return Factor.assessed(DELIVERED_KINDS, name, KIND_POINTS, 1,
                    Text.of("Has delivered this kind of system: " + label.en() + ".", "交付过同类系统：" + label.zh() + "。"),
                    Text.of("same kind delivered", "交付过同类系统"));
        }
        List<SystemKind> related = delivered.stream().filter(wanted.related()::contains).toList();
        if (!related.isEmpty()) {
            return Factor.assessed(DELIVERED_KINDS, name, KIND_POINTS, SystemKind.RELATED,
                    Text.of("Has not delivered " + label.en() + " itself, but related kinds: "
                                    + String.join(", ", related.stream().map(k -> k.phrase().en()).toList()) + ".",
                            "未交付过" + label.zh() + "，但交付过相近类型："
                                    + String.join("、", related.stream().map(k -> k.phrase().zh()).toList()) + "。"),
                    Text.of("related kinds only", "仅有相近类型"));
        }
        return Factor.assessed(DELIVERED_KINDS, name, KIND_POINTS, 0,
                Text.of("Has delivered neither " + label.en() + " nor a closely related kind.",
                        "既未交付过" + label.zh() + "，也未交付过相近类型的系统。"),
                Text.of("no similar kind", "无相近类型"));
    }

    private static Factor similarSystems(OptionalInt similar, List<Text> redFlags) {
        Text name = Text.of("similar systems in five years", "五年内的相似系统");
        if (similar.isEmpty()) {
            return Factor.notAssessed(SIMILAR_SYSTEMS, name, SIMILAR_POINTS, notAnswered(), notAnsweredBrief());
        }
        int n = similar.getAsInt();
        if (n == 0) {
            redFlags.add(Text.of("The partner has not delivered a system like the client's in the last five years.",
                    "合作伙伴在过去五年内没有交付过与客户相似的系统。"));
        }
        return Factor.assessed(SIMILAR_SYSTEMS, name, SIMILAR_POINTS, 1 - Math.pow(0.5, n),
                Text.of(n + (n == 1 ? " similar system" : " similar systems")
                                + " delivered in five years; each further one adds half as much as the one before.",
                        "五年内交付了 " + n + " 个相似系统；每多一个，增加的分数为前一个的一半。"),
                Text.of(String.valueOf(n), n + " 个"));
    }

    private static Factor recency(Answers partner, OptionalInt similar) {
        Text name = Text.of("recency", "最近交付时间");
        if (similar.isPresent() && similar.getAsInt() == 0) {
            return Factor.assessed(MONTHS_SINCE_SIMILAR, name, RECENCY_POINTS, 0,
                    Text.of("No similar system in the last five years, so none is recent.", "过去五年内没有相似系统，因此谈不上近期交付。"),
                    Text.of("none in five years", "五年内没有"));
        }
        OptionalDouble answer = partner.number(MONTHS_SINCE_SIMILAR);
        if (answer.isEmpty() || answer.getAsDouble() < 0) {   // a negative age is no answer
            return Factor.notAssessed(MONTHS_SINCE_SIMILAR, name, RECENCY_POINTS, notAnswered(), notAnsweredBrief());
        }
        double months = Math.floor(clamp(answer.getAsDouble(), 0, MAX_MONTHS));
        double share = months <= FRESH_MONTHS ? 1 : Math.max(0, (STALE_MONTHS - months) / (STALE_MONTHS - FRESH_MONTHS));
        String ago = format(months);
        return Factor.assessed(MONTHS_SINCE_SIMILAR, name, RECENCY_POINTS, share,
                Text.of("The latest similar system went live " + ago + " months ago (full points within 12 months, none after 60).",
                        "最近的相似系统于 " + ago + " 个月前上线（12 个月内得满分，60 个月以上不得分）。"),
                Text.of(ago + " months ago", ago + " 个月前"));
    }

    private static Factor references(Answers partner) {
        Text name = Text.of("references", "推荐人");
        Optional<String> answer = partner.first(REFERENCES).filter(v -> v.equals("yes") || v.equals("no"));
        if (answer.isEmpty()) {
            return Factor.notAssessed(REFERENCES, name, REFERENCE_POINTS, notAnswered(), notAnsweredBrief());
        }
        boolean yes = answer.get().equals("yes");
        return Factor.assessed(REFERENCES, name, REFERENCE_POINTS, yes ? 1 : 0,
                yes ? Text.of("Owners of similar systems will take the client's call.", "相似系统的所有者愿意接受客户的咨询。")
                        : Text.of("No references the client can call.", "没有可供客户联系的推荐人。"),
                yes ? Text.of("offered", "可提供") : Text.of("none offered", "无法提供"));
    }

    private static double evidenceBoost(List<Evidence> evidence) {
        List<Evidence> caseStudies = evidence.stream().filter(e -> CASE_STUDY.equals(e.questionKey())).toList();
        if (caseStudies.stream().anyMatch(Evidence::verified)) {
            return VERIFIED_EVIDENCE_CONFIDENCE;
        }
        return caseStudies.isEmpty() ? 0 : EVIDENCE_CONFIDENCE;
    }

    private static Text rationale(List<Factor> factors, double evidenceBoost) {
        if (factors.stream().noneMatch(Factor::assessed)) {
            return Text.of("Nothing could be scored: the partner's answers or the client's profile are missing.",
                    "无法评分：缺少合作伙伴的答案或客户概况。");
        }
        List<Factor> raised = factors.stream().filter(f -> f.assessed() && f.share() >= 0.5).toList();
        List<Factor> lowered = factors.stream().filter(f -> !f.assessed() || f.share() < 0.5).toList();
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
                    ? " A verified case study raises the confidence." : " An attached case study raises the confidence a little.");
            zh.append(evidenceBoost >= VERIFIED_EVIDENCE_CONFIDENCE ? "经核实的案例研究提高了可信度。" : "附上的案例研究略微提高了可信度。");
        }
        return Text.of(en.toString(), zh.toString());
    }

    private static String names(List<Factor> factors, boolean chinese) {
        return String.join(chinese ? "、" : ", ", factors.stream()
                .map(f -> chinese ? f.name().zh() + "（" + f.brief().zh() + "）" : f.name().en() + " (" + f.brief().en() + ")")
                .toList());
    }

    /** A whole count no larger than {@code max}; empty when missing, negative or not a number. */
    private static OptionalInt count(Answers answers, String key, double max) {
        OptionalDouble answer = answers.number(key);
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

    /** One scored question: the points it can carry, the share of them it earned (if assessed) and why. */
    private record Factor(String key, Text name, double weight, boolean assessed, double share, Text note, Text brief) {

        static Factor assessed(String key, Text name, double weight, double share, Text note, Text brief) {
            return new Factor(key, name, weight, true, share, note, brief);
        }

        static Factor notAssessed(String key, Text name, double weight, Text note, Text brief) {
            return new Factor(key, name, weight, false, 0, note, brief);
        }

        double points() {
            return assessed ? weight * share : 0;
        }

        Contribution contribution() {
            return new Contribution(key, points(), note);
        }
    }
}
