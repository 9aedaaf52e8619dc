package org.partnerfit.assessment.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.partnerfit.assessment.domain.Recommendation;

/**
 * One invited partner firm with its results per criterion, the weighted total and confidence,
 * and the assessors' recommendation.
 */
public record PartnerResult(long invitationId, String firmName, String contactEmail, List<CriterionResult> criteria,
                            Recommendation recommendation, String recommendationNote, String recommendedBy) {

    /**
     * The partners by their total under {@code weights}, highest first, those without a total
     * last. Each total is worked out once, not once per comparison.
     */
    public static List<PartnerResult> ranked(List<PartnerResult> partners, Map<String, Integer> weights) {
        record Totalled(PartnerResult partner, Double total) {
        }
        return partners.stream().map(p -> new Totalled(p, p.weightedTotal(weights)))
                .sorted(Comparator.comparing(Totalled::total, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(Totalled::partner).toList();
    }

    /**
     * The place of each firm of a ranking made by {@link #ranked} under the same weights, the one
     * rule of the page, the exports and the API: equal totals share a place (1, 1, 3), and a firm
     * with nothing scored has none (null).
     */
    public static List<Integer> places(List<PartnerResult> ranked, Map<String, Integer> weights) {
        List<Integer> places = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Double total = ranked.get(i).weightedTotal(weights);
            boolean tied = i > 0 && total != null && total.equals(ranked.get(i - 1).weightedTotal(weights));
            places.add(total == null ? null : tied ? places.get(i - 1) : i + 1);
        }
        return places;
    }

    /** Under the assessment's own weights. */
    public Double weightedTotal() {
        return weightedTotal(Map.of());
    }

    /**
     * Σ value × weight / Σ weight over every criterion, an unscored one counting as 0 so a partner
     * cannot rank high by answering little; null while nothing is scored. {@code weights} replaces
     * the assessment's weight of the criteria it names (what-if), without changing anything stored.
     */
    public Double weightedTotal(Map<String, Integer> weights) {
        if (criteria.stream().noneMatch(CriterionResult::scored)) {
            return null;
        }
        double total = 0;
        double sum = 0;
        for (CriterionResult c : criteria) {
            int w = weights.getOrDefault(c.pluginId(), c.weight());
            total += w;
            sum += c.scored() ? c.effectiveValue() * w : 0;
        }
        return total == 0 ? null : round(sum / total);
    }

    /** How much of the total rests on answered, scored criteria, weighted like the total: 0 to 1. */
    public double weightedConfidence() {
        double total = criteria.stream().mapToInt(CriterionResult::weight).sum();
        if (total == 0) {
            return 0;
        }
        double sum = criteria.stream().filter(CriterionResult::scored)
                .mapToDouble(c -> (c.confidence() == null ? 0 : c.confidence()) * c.weight()).sum();
        return Math.round(sum / total * 100) / 100.0;
    }

    public long submittedCount() {
        return criteria.stream().filter(CriterionResult::scored).count();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
