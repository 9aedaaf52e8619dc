package org.partnerfit.plugins.desireinterest;

import java.util.List;
import java.util.Set;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Text;

/**
 * One objective a client can set for its software over the coming years; the client ticks the
 * ones that drive its plans and the partner ticks the ones it commits to.
 */
record Objective(String value, Text label) {

    static final List<Objective> ALL = List.of(
            new Objective("revenue", Text.of("Grow revenue or reach new markets", "增加收入或开拓新市场")),
            new Objective("efficiency", Text.of("Cut operating cost through automation", "通过自动化降低运营成本")),
            new Objective("speed", Text.of("Release new product features faster", "更快地发布新的产品功能")),
            new Objective("experience", Text.of("Improve what end users experience", "改善最终用户的使用体验")),
            new Objective("modernisation", Text.of("Renew legacy systems and architecture", "更新老旧系统与架构")),
            new Objective("cloud", Text.of("Move to the cloud or use it better", "迁移上云或更好地利用云平台")),
            new Objective("data", Text.of("Put data, analytics and AI to work", "用好数据分析与人工智能")),
            new Objective("resilience", Text.of("Raise reliability, security and compliance", "提升可靠性、安全性与合规水平")));

    static List<Choice> choices() {
        return ALL.stream().map(o -> new Choice(o.value(), o.label())).toList();
    }

    /** The known objectives ticked under {@code key}, in the order of {@link #ALL}; unknown values are ignored. */
    static List<Objective> chosen(Answers answers, String key) {
        Set<String> values = Set.copyOf(answers.all(key));
        return ALL.stream().filter(o -> values.contains(o.value())).toList();
    }
}
