package org.partnerfit.plugins.domainexpertise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Domain expertise: has the partner worked in the client's industry? The client names its
 * industry and sets how much that experience matters. The answers earn up to 100 points
 * (industry listed 25, years in it 25, projects delivered in it 30, regulatory knowledge 20);
 * the importance setting then grants a baseline (low 70, medium 25, high 0) and scales the
 * answers into the rest. With a high setting, no experience in the industry is flagged.
 */
public final class DomainExpertisePlugin implements CriterionPlugin {

    static final String DOMAIN = "domain";
    static final String IMPORTANCE = "importance";
    static final String DOMAINS = "domains";
    static final String YEARS = "domainYears";
    static final String PROJECTS = "domainProjects";
    static final String REGULATORY = "regulatory";
    static final String EVIDENCE = "domainEvidence";

    private static final double MATCH_POINTS = 25;
    private static final double YEARS_POINTS = 25;
    private static final double PROJECTS_POINTS = 30;
    private static final double REGULATORY_POINTS = 20;

    /** Years and projects at which the experience counts in full. */
    private static final double FULL_YEARS = 8;
    private static final double FULL_PROJECTS = 5;
    /** Answers above these are not believable; they are capped, not trusted. */
    private static final double MAX_YEARS = 100;
    private static final double MAX_PROJECTS = 10_000;
    /** How much attached evidence raises the confidence: any file, or one an assessor verified. */
    private static final double EVIDENCE_CONFIDENCE = 0.05;
    private static final double VERIFIED_EVIDENCE_CONFIDENCE = 0.1;

    private static final Descriptor DESCRIPTOR = new Descriptor("domain-expertise", "1.0.1", SPI_VERSION,
            Text.of("Domain expertise", "领域专长"),
            Text.of("Whether the partner already knows the client's industry, weighed by how much the client says that matters.",
                    "合作伙伴是否已经熟悉客户所在的行业，并按客户认定的重要程度加权。"));

    private static final List<Choice> REGULATORY_STEPS = List.of(
            new Choice("1", Text.of("We have not dealt with them", "我们尚未接触过")),
            new Choice("2", Text.of("We know the main rules exist", "我们知道主要规定的存在")),
            new Choice("3", Text.of("We have built systems that had to comply", "我们构建过必须满足合规要求的系统")),
            new Choice("4", Text.of("We design for them routinely", "我们在设计中经常性地考虑这些规定")),
            new Choice("5", Text.of("Our work has passed formal audits", "我们的成果通过过正式审计")));

    private static final Questionnaire CLIENT_PROFILE = new Questionnaire(List.of(
            Question.single(DOMAIN,
                    Text.of("Which industry does your business operate in?", "贵方的业务属于哪个行业？"),
                    Text.of("Pick the industry whose rules and customers the software serves.",
                            "请选择该软件所服务的客户和所须遵守的规定所属的行业。"),
                    Domain.choices())));

    private static final Questionnaire CONFIGURATION = new Questionnaire(List.of(
            Question.single(IMPORTANCE,
                    Text.of("How much should prior experience in your industry count?",
                            "在本行业的既往经验应占多大分量？"),
                    Text.of("Low keeps this criterion close to neutral; high makes missing industry experience score low. "
                                    + "Medium applies when nothing is set.",
                            "选“低”时本项评分接近中性；选“高”时缺少行业经验会得低分。未设置时按“中”处理。"),
                    Importance.CHOICES)));

    private static final Questionnaire PARTNER = new Questionnaire(List.of(
            Question.multi(DOMAINS,
                    Text.of("In which industries has your firm built software for clients?",
                            "贵方曾为哪些行业的客户开发过软件？"),
                    Text.of("Tick an industry only if you have delivered at least one project there.",
                            "只有在某行业至少交付过一个项目时，才请勾选该行业。"),
                    Domain.choices()),
            Question.number(YEARS,
                    Text.of("For how many years has your firm worked for clients in the client's industry?",
                            "贵方为客户所在行业的企业服务了多少年？"),
                    Text.of("The client's industry is shown in its profile. Count the years with at least one active "
                                    + "engagement there; enter 0 if none.",
                            "客户的行业见其概况。请计算在该行业至少有一个进行中合作的年数；如果没有，请填 0。"),
                    Text.of("years", "年")),
            Question.number(PROJECTS,
                    Text.of("How many projects has your firm delivered in the client's industry?",
                            "贵方在客户所在行业交付过多少个项目？"),
                    Text.of("Count projects whose results went into use; enter 0 if none.",
                            "请计算成果已投入使用的项目；如果没有，请填 0。"),
                    Text.of("projects", "个项目")),
            Question.scale(REGULATORY,
                    Text.of("How well do your teams know the regulations and compliance duties of that industry?",
                            "贵方团队对该行业的法规和合规义务了解多少？"),
                    Text.of("1 = not dealt with them, 5 = work that passed formal audits",
                            "1 = 尚未接触过，5 = 成果通过过正式审计"),
                    REGULATORY_STEPS),
            Question.evidence(EVIDENCE,
                    Text.of("Case study or client letter from a project in the client's industry",
                            "来自客户所在行业项目的案例研究或客户证明信"),
                    Text.of("Optional. It makes the score more certain; it does not add points by itself.",
                            "选填。它会提高评分的可信度，但本身不加分。"),
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
    public Questionnaire configurationOptions() {
        return CONFIGURATION;
    }

    @Override
    public Score score(ScoringInput input) {
        Answers partner = input.partner();
        Optional<Importance> configured = Importance.of(input.configuration().get(IMPORTANCE));
        Importance importance = configured.orElse(Importance.MEDIUM);
        Optional<Domain> clientDomain = input.clientProfile().first(DOMAIN).flatMap(Domain::of);
        // A negative number of years or projects is no answer.
        OptionalDouble years = partner.number(YEARS).stream().filter(y -> y >= 0).map(y -> clamp(y, 0, MAX_YEARS)).findFirst();
        OptionalInt projects = partner.number(PROJECTS).stream().filter(p -> p >= 0)
                .mapToInt(p -> (int) Math.floor(clamp(p, 0, MAX_PROJECTS))).findFirst();
        double scale = importance.scale();

        List<Factor> factors = List.of(
                match(partner, clientDomain, scale),
                years(years, scale),
                projects(projects, scale),
                regulatory(partner, scale));
        List<Text> redFlags = redFlags(partner, clientDomain, importance, years, projects);

        List<Contribution> contributions = new ArrayList<>();
        if (importance.baseline() > 0) {
            contributions.add(new Contribution(IMPORTANCE, importance.baseline(), Text.of(
                    "Granted whatever the answers: the client rates industry experience as "
                            + importance.level().en() + " in importance.",
                    "无论答案如何均给予：客户认为行业经验的重要程度为“" + importance.level().zh() + "”。")));
        }
        factors.forEach(f -> contributions.add(f.contribution()));

        double value = importance.baseline() + factors.stream().mapToDouble(Factor::points).sum();
        double confidence = (double) factors.stream().filter(Factor::assessed).count() / factors.size();
        double evidenceBoost = confidence > 0 ? evidenceBoost(input.evidence()) : 0;
        confidence = Math.min(1, confidence + evidenceBoost);
        return new Score(round(value), confidence, contributions,
                rationale(importance, configured.isPresent(), factors, evidenceBoost), redFlags);
    }

    private static Factor match(Answers partner, Optional<Domain> clientDomain, double scale) {
        Text name = Text.of("industry listed", "行业匹配");
        double weight = MATCH_POINTS * scale;
        if (clientDomain.isEmpty()) {
            return Factor.notAssessed(DOMAINS, name, weight,
                    Text.of("Not compared: the client has not named its industry.", "未比较：客户尚未说明其所在行业。"),
                    Text.of("client's industry unknown", "客户行业未知"));
        }
        List<Domain> listed = listed(partner);
        if (listed.isEmpty()) {
            return Factor.notAssessed(DOMAINS, name, weight, notAnswered(), notAnsweredBrief());
        }
        Domain wanted = clientDomain.get();
        if (wanted.value().equals("other") && listed.contains(wanted)) {
            // Two unlisted industries need not be the same one: an assessor has to judge.
            return Factor.notAssessed(DOMAINS, name, weight,
                    Text.of("Not compared: the client's industry is not on the list, so a match cannot be told from the answers.",
                            "未比较：客户所在行业不在列表中，无法从答案判断是否相符。"),
                    Text.of("client's industry unlisted", "客户行业不在列表中"));
        }
        if (listed.contains(wanted)) {
            return Factor.assessed(DOMAINS, name, weight, 1,
                    Text.of("Has worked in the client's industry, " + wanted.phrase().en() + ".",
                            "曾在客户所在的" + wanted.phrase().zh() + "领域工作过。"),
                    Text.of(wanted.phrase().en(), wanted.phrase().zh()));
        }
        return Factor.assessed(DOMAINS, name, weight, 0,
                Text.of("Has not worked in " + wanted.phrase().en() + "; lists "
                                + String.join(", ", listed.stream().map(d -> d.phrase().en()).toList()) + ".",
                        "未在" + wanted.phrase().zh() + "领域工作过；列出的领域为："
                                + String.join("、", listed.stream().map(d -> d.phrase().zh()).toList()) + "。"),
                Text.of("client's industry not listed", "未列出客户行业"));
    }

    private static Factor years(OptionalDouble years, double scale) {
        Text name = Text.of("years in the industry", "行业年限");
        if (years.isEmpty()) {
            return Factor.notAssessed(YEARS, name, YEARS_POINTS * scale, notAnswered(), notAnsweredBrief());
        }
        String y = format(years.getAsDouble());
        return Factor.assessed(YEARS, name, YEARS_POINTS * scale, Math.min(years.getAsDouble(), FULL_YEARS) / FULL_YEARS,
                Text.of(y + " years in the client's industry (full points from " + format(FULL_YEARS) + ").",
                        "在客户所在行业工作了 " + y + " 年（" + format(FULL_YEARS) + " 年及以上得满分）。"),
                Text.of(y + " years", y + " 年"));
    }

    private static Factor projects(OptionalInt projects, double scale) {
        Text name = Text.of("projects in the industry", "行业项目");
        if (projects.isEmpty()) {
            return Factor.notAssessed(PROJECTS, name, PROJECTS_POINTS * scale, notAnswered(), notAnsweredBrief());
        }
        int n = projects.getAsInt();
        return Factor.assessed(PROJECTS, name, PROJECTS_POINTS * scale, Math.min(n, FULL_PROJECTS) / FULL_PROJECTS,
                Text.of(n + (n == 1 ? " project" : " projects") + " delivered in the client's industry (full points from "
                                + format(FULL_PROJECTS) + ").",
                        "在客户所在行业交付了 " + n + " 个项目（" + format(FULL_PROJECTS) + " 个及以上得满分）。"),
                Text.of(String.valueOf(n), n + " 个"));
    }

    private static Factor regulatory(Answers partner, double scale) {
        Text name = Text.of("regulatory knowledge", "法规知识");
        OptionalInt answer = partner.scale(REGULATORY);
        if (answer.isEmpty()) {
            return Factor.notAssessed(REGULATORY, name, REGULATORY_POINTS * scale, notAnswered(), notAnsweredBrief());
        }
        int step = answer.getAsInt();
        Text label = REGULATORY_STEPS.get(step - 1).label();
        return Factor.assessed(REGULATORY, name, REGULATORY_POINTS * scale, (step - 1) / 4.0,
                Text.of(step + " of 5: " + label.en() + ".", "5 级中的第 " + step + " 级：" + label.zh() + "。"),
                Text.of(step + " of 5", step + "/5"));
    }

    private static List<Text> redFlags(Answers partner, Optional<Domain> clientDomain, Importance importance,
                                       OptionalDouble years, OptionalInt projects) {
        List<Text> redFlags = new ArrayList<>();
        if (clientDomain.isEmpty()) {
            redFlags.add(Text.of("The client profile does not name the client's industry, so the partner's industries "
                            + "cannot be matched against it.",
                    "客户概况未说明客户所在行业，因此无法将合作伙伴的行业经验与之比对。"));
            return redFlags;
        }
        Domain wanted = clientDomain.get();
        List<Domain> listed = listed(partner);
        boolean listsIt = listed.contains(wanted);
        boolean noProjects = projects.isPresent() && projects.getAsInt() == 0;
        if (importance == Importance.HIGH && (!listsIt || noProjects)) {
            redFlags.add(Text.of("The client rates industry experience as essential, but the partner "
                            + (listsIt ? "has delivered no project in " : "has not shown experience in ")
                            + wanted.phrase().en() + ".",
                    "客户认为行业经验至关重要，但合作伙伴" + (listsIt ? "在" + wanted.phrase().zh() + "领域没有交付过项目。"
                            : "未表明在" + wanted.phrase().zh() + "领域的经验。")));
        }
        boolean claimsExperience = (years.isPresent() && years.getAsDouble() > 0)
                || (projects.isPresent() && projects.getAsInt() > 0);
        if (!listed.isEmpty() && !listsIt && claimsExperience) {
            redFlags.add(Text.of("The partner reports years or projects in " + wanted.phrase().en()
                            + " but does not list it among its industries; ask which answer is right.",
                    "合作伙伴填写了在" + wanted.phrase().zh() + "领域的年限或项目，却未在其行业列表中勾选该领域；请核实哪个答案正确。"));
        }
        return redFlags;
    }

    private static List<Domain> listed(Answers partner) {
        Set<String> values = partner.all(DOMAINS).stream().collect(Collectors.toSet());
        return Domain.ALL.stream().filter(d -> values.contains(d.value())).toList();
    }

    private static double evidenceBoost(List<Evidence> evidence) {
        List<Evidence> files = evidence.stream().filter(e -> EVIDENCE.equals(e.questionKey())).toList();
        if (files.stream().anyMatch(Evidence::verified)) {
            return VERIFIED_EVIDENCE_CONFIDENCE;
        }
        return files.isEmpty() ? 0 : EVIDENCE_CONFIDENCE;
    }

    private static Text rationale(Importance importance, boolean configured, List<Factor> factors, double evidenceBoost) {
        StringBuilder en = new StringBuilder("The client rates industry experience as ").append(importance.level().en())
                .append(configured ? "" : " (not set, so the default)").append(" in importance, so ");
        StringBuilder zh = new StringBuilder("客户认为行业经验的重要程度为“").append(importance.level().zh()).append("”")
                .append(configured ? "" : "（未设置，按默认值）").append("，因此 ");
        if (importance.baseline() > 0) {
            en.append(format(importance.baseline())).append(" of the 100 points are granted regardless and the answers decide the other ")
                    .append(format(100 - importance.baseline())).append(". ");
            zh.append("100 分中有 ").append(format(importance.baseline())).append(" 分无论答案如何均给予，其余 ")
                    .append(format(100 - importance.baseline())).append(" 分由答案决定。");
        } else {
            en.append("the answers decide all 100 points. ");
            zh.append("100 分全部由答案决定。");
        }
        if (factors.stream().noneMatch(Factor::assessed)) {
            en.append("Nothing else could be scored: the partner's answers or the client's profile are missing.");
            zh.append("其他各项均无法评分：缺少合作伙伴的答案或客户概况。");
            return Text.of(en.toString(), zh.toString());
        }
        List<Factor> raised = factors.stream().filter(f -> f.assessed() && f.share() >= 0.5).toList();
        List<Factor> lowered = factors.stream().filter(f -> !f.assessed() || f.share() < 0.5).toList();
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
                    ? " Verified evidence raises the confidence." : " Attached evidence raises the confidence a little.");
            zh.append(evidenceBoost >= VERIFIED_EVIDENCE_CONFIDENCE ? "经核实的证明材料提高了可信度。" : "附上的证明材料略微提高了可信度。");
        }
        return Text.of(en.toString(), zh.toString());
    }

    private static String names(List<Factor> factors, boolean chinese) {
        return String.join(chinese ? "、" : ", ", factors.stream()
                .map(f -> chinese ? f.name().zh() + "（" + f.brief().zh() + "）" : f.name().en() + " (" + f.brief().en() + ")")
                .toList());
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
