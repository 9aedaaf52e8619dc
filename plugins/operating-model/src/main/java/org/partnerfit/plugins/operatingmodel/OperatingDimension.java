package org.partnerfit.plugins.operatingmodel;

import java.util.List;

import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Text;

/** One dimension of how software is built and run, answered on a 1-to-5 scale between two practices. */
record OperatingDimension(String key, Text name, Text label, Text low, Text high) {

    static final OperatingDimension AGILE = new OperatingDimension("agile",
            Text.of("agile practice", "敏捷实践"),
            Text.of("How is delivery work planned and paced?", "交付工作如何规划并安排节奏？"),
            Text.of("Fixed-length iterations with planning, review and retrospective", "固定周期的迭代，包含计划、评审和回顾"),
            Text.of("Continuous flow: new work is pulled in as capacity frees up", "持续流动：有空余产能时再拉取新工作"));

    static final OperatingDimension REMOTE = new OperatingDimension("remote",
            Text.of("managing remote teams", "远程团队管理"),
            Text.of("How do team members in different places stay coordinated?", "身处不同地点的团队成员如何保持协同？"),
            Text.of("Shared working hours and frequent live calls", "共同的工作时段和频繁的实时通话"),
            Text.of("Mostly asynchronous: written updates and recorded decisions", "以异步为主：书面进展和有记录的决定"));

    static final OperatingDimension RELEASE = new OperatingDimension("release",
            Text.of("release practice", "发布实践"),
            Text.of("How does a change travel from code to production?", "一项改动如何从代码进入生产环境？"),
            Text.of("Scheduled releases after a stabilisation and sign-off phase", "经过稳定和签批阶段后按计划发布"),
            Text.of("Continuous delivery: each merged change can ship automatically", "持续交付：每个合并的改动都可以自动上线"));

    static final OperatingDimension COMPOSITION = new OperatingDimension("composition",
            Text.of("team composition", "团队构成"),
            Text.of("How are delivery teams put together?", "交付团队是如何组建的？"),
            Text.of("Specialist groups: separate testers, operations and analysts", "按专业分组：测试、运维和分析人员各自独立"),
            Text.of("Cross-functional teams that build, test and run their own software", "跨职能团队，自行开发、测试并运维自己的软件"));

    static final OperatingDimension ROADMAP = new OperatingDimension("roadmap",
            Text.of("roadmap management", "路线图管理"),
            Text.of("How is the roadmap kept current?", "路线图如何保持更新？"),
            Text.of("A long-range plan fixed up front and changed through change requests", "预先确定的长期计划，通过变更申请调整"),
            Text.of("A rolling plan re-prioritised every few weeks from results", "滚动计划，每隔几周根据结果重新排定优先级"));

    static final OperatingDimension TECH_DEBT = new OperatingDimension("techDebt",
            Text.of("technical debt", "技术债务"),
            Text.of("When does technical debt get paid down?", "技术债务在什么时候得到偿还？"),
            Text.of("In separate clean-up projects once it starts to hurt", "等到影响明显时，另立清理项目处理"),
            Text.of("All the time: a fixed share of every iteration is set aside", "持续进行：每个迭代都预留固定比例的时间"));

    static final List<OperatingDimension> ALL = List.of(AGILE, REMOTE, RELEASE, COMPOSITION, ROADMAP, TECH_DEBT);

    Question question() {
        return Question.scale(key, label,
                Text.of("1 = " + low.en() + ", 5 = " + high.en(), "1 = " + low.zh() + "，5 = " + high.zh()),
                List.of(new Choice("1", low),
                        new Choice("2", Text.of("Mostly the first", "偏向前者")),
                        new Choice("3", Text.of("A mix of both", "两者兼有")),
                        new Choice("4", Text.of("Mostly the second", "偏向后者")),
                        new Choice("5", high)));
    }
}
