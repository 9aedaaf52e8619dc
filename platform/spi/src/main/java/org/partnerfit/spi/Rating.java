package org.partnerfit.spi;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How one scored question fared: the points it could bring ({@code weight}), the points it
 * brought, and the answer in a few words, or {@code null} when there was no usable answer.
 * An optional helper for scorers that add up points per question: it writes each question's
 * {@link Contribution} and a rationale that names what raised and what lowered the score.
 */
public record Rating(String key, Text name, double weight, double points, Text answer) {

    /** From this share of its weight on, an answer counts as raising the score rather than lowering it. */
    private static final double RAISES = 0.5;

    public static Rating unanswered(String key, Text name, double weight) {
        return new Rating(key, name, weight, 0, null);
    }

    public boolean answered() {
        return answer != null;
    }

    public double share() {
        return points / weight;
    }

    public Contribution contribution() {
        if (!answered()) {
            return new Contribution(key, 0, Text.of("Not answered: 0 of " + number(weight) + " points.",
                    "未作答：得 0 分（满分 " + number(weight) + " 分）。"));
        }
        return new Contribution(key, points, Text.of(
                capitalised(answer.en()) + ": " + number(points) + " of " + number(weight) + " points.",
                answer.zh() + "：得 " + number(points) + " 分（满分 " + number(weight) + " 分）。"));
    }

    /** "Raised by …. Lowered by …. Not answered …", best first among the raising, worst first among the lowering. */
    public static Text rationale(List<Rating> ratings) {
        List<Rating> answered = ratings.stream().filter(Rating::answered).toList();
        if (answered.isEmpty()) {
            return Text.of("Nothing to score: none of the scored questions was answered.",
                    "无法评分：所有计分问题均未作答。");
        }
        List<Rating> raised = answered.stream().filter(r -> r.share() >= RAISES)
                .sorted(Comparator.comparingDouble(Rating::share).reversed()).toList();
        List<Rating> lowered = answered.stream().filter(r -> r.share() < RAISES)
                .sorted(Comparator.comparingDouble(Rating::share)).toList();
        List<Rating> missing = ratings.stream().filter(r -> !r.answered()).toList();
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        if (raised.isEmpty()) {
            en.append("Nothing raised the score. ");
            zh.append("没有任何方面提高分数。");
        } else {
            en.append("Raised by ").append(described(raised, false)).append(". ");
            zh.append("提高分数的方面：").append(described(raised, true)).append("。");
        }
        if (!lowered.isEmpty()) {
            en.append("Lowered by ").append(described(lowered, false)).append(". ");
            zh.append("降低分数的方面：").append(described(lowered, true)).append("。");
        }
        if (!missing.isEmpty()) {
            en.append("Not answered, so no points: ").append(names(missing, false)).append(".");
            zh.append("未作答、不得分：").append(names(missing, true)).append("。");
        } else if (lowered.isEmpty()) {
            en.append("Nothing lowered the score.");
            zh.append("没有任何方面降低分数。");
        }
        return Text.of(en.toString().trim(), zh.toString());
    }

    /** A number as people write it: at most one decimal, no trailing zeros, never in exponent form. */
    public static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    private static String described(List<Rating> ratings, boolean chinese) {
        return String.join(chinese ? "、" : ", ", ratings.stream()
                .map(r -> chinese ? r.name().zh() + "（" + r.answer().zh() + "）" : r.name().en() + " (" + r.answer().en() + ")")
                .toList());
    }

    private static String names(List<Rating> ratings, boolean chinese) {
        return String.join(chinese ? "、" : ", ", ratings.stream().map(r -> chinese ? r.name().zh() : r.name().en()).toList());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
