package org.partnerfit.plugins.leadershipmindshare;

import java.util.List;
import java.util.Optional;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Text;

/** One allowed answer of a scored choice question, and the points choosing it earns. */
record Option(String value, Text label, double points) {

    /** A yes/no question where "yes" earns {@code points} and "no" nothing. */
    static List<Option> yesNo(double points) {
        return List.of(new Option("yes", Text.of("Yes", "是"), points),
                new Option("no", Text.of("No", "否"), 0));
    }

    static List<Choice> choices(List<Option> options) {
        return options.stream().map(o -> new Choice(o.value(), o.label())).toList();
    }

    /** The option chosen for {@code key}; empty when unanswered or answered with something not offered. */
    static Optional<Option> chosen(Answers answers, String key, List<Option> options) {
        return answers.first(key).flatMap(value -> options.stream().filter(o -> o.value().equals(value)).findFirst());
    }
}
