package org.partnerfit.plugins.domainexpertise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Text;

/**
 * How much the client cares about industry experience. The baseline is the part of the 100
 * points granted whatever the partner answers; only the rest follows the answers. A low setting
 * thus keeps the score near neutral, a high one lets missing experience pull it to zero.
 */
enum Importance {

    LOW("low", 70, Text.of("Low: the work is mostly technical, such as moving infrastructure to the cloud",
            "低：工作以技术为主，例如将基础设施迁移到云端"), Text.of("low", "低")),
    MEDIUM("medium", 25, Text.of("Medium: it helps, but the team can learn the business as it goes",
            "中：有帮助，但团队可以在工作中逐步了解业务"), Text.of("medium", "中")),
    HIGH("high", 0, Text.of("High: the work follows rules and workflows specific to our market",
            "高：工作涉及本市场特有的规则和业务流程"), Text.of("high", "高"));

    static final List<Choice> CHOICES = Arrays.stream(values()).map(i -> new Choice(i.value, i.label)).toList();

    private final String value;
    private final double baseline;
    private final Text label;
    private final Text level;

    Importance(String value, double baseline, Text label, Text level) {
        this.value = value;
        this.baseline = baseline;
        this.label = label;
        this.level = level;
    }

    /** Points out of 100 granted regardless of the answers. */
    double baseline() {
        return baseline;
    }

    /** The share of the 100 points that follows the partner's answers. */
    double scale() {
        return (100 - baseline) / 100;
    }

    /** The setting in one word: low, medium, high. */
    Text level() {
        return level;
    }

    static Optional<Importance> of(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(i -> i.value.equals(value.trim())).findFirst();
    }
}
