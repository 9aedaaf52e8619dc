package org.partnerfit.plugins.costnegotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Text;

/** One way a client can adjust what it pays during the engagement, written into the contract. */
record Lever(String value, Text label) {

    /** The answer for a partner that offers no lever at all; it counts as answered, with no lever. */
    static final String NONE = "none";

    static final List<Lever> ALL = List.of(
            new Lever("volume", Text.of("Lower rates for a larger volume of work", "工作量更大时降低费率")),
            new Lever("term", Text.of("Better terms for a longer commitment", "承诺期更长时给予更优条件")),
            new Lever("mix", Text.of("Changing the seniority mix of the team", "调整团队的资历结构")),
            new Lever("location", Text.of("Shifting work between delivery locations", "在不同交付地点之间调配工作")),
            new Lever("ramp", Text.of("Scaling the team up or down at short notice", "在短时间内扩大或缩减团队")),
            new Lever("pricing", Text.of("Switching between time-and-materials and fixed-price work",
                    "在按工时计费与固定总价之间切换")));

    static List<Choice> choices() {
        List<Choice> choices = new ArrayList<>(ALL.stream().map(l -> new Choice(l.value(), l.label())).toList());
        choices.add(new Choice(NONE, Text.of("None of these", "以上均不提供")));
        return List.copyOf(choices);
    }

    /** The known levers ticked under {@code key}, in the order of {@link #ALL}; unknown values are ignored. */
    static List<Lever> chosen(Answers answers, String key) {
        Set<String> values = Set.copyOf(answers.all(key));
        return ALL.stream().filter(l -> values.contains(l.value())).toList();
    }

    /** Whether the partner answered the question at all: some lever, or explicitly none. */
    static boolean answered(Answers answers, String key) {
        return answers.all(key).contains(NONE) || !chosen(answers, key).isEmpty();
    }
}
