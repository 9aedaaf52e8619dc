package org.partnerfit.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.assessment.application.CriterionResult;
import org.partnerfit.assessment.application.PartnerResult;
import org.partnerfit.assessment.application.PinnedCriterion;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.Recommendation;

/**
 * One assessment as its assessors read it over the API: the criteria with their pinned plugin
 * versions and weights, and every invited partner firm ranked by weighted total.
 */
public record AssessmentView(long id, String name, String description, AssessmentStatus status, LocalDate dueDate,
                             List<PinnedCriterion> criteria, List<RankedPartner> partners) {

    /**
     * A partner firm's place: rank 1 is the highest weighted total, equal totals share a rank (1, 1,
     * 3), as in the results page and the exports; firms with nothing scored yet
     * come last, without a rank. The confidence (0 to 1) says how much of the total rests on
     * answered, scored criteria; {@code criteria} holds each criterion's value, override and evidence.
     */
    public record RankedPartner(Integer rank, long invitationId, String firmName, String contactEmail,
                                Double weightedTotal, double confidence, Recommendation recommendation,
                                String recommendationNote, String recommendedBy, List<CriterionResult> criteria) {
    }

    /** A partner firm's total under other weights beside the one under the assessment's own. */
    public record WhatIf(Integer rank, long invitationId, String firmName, Double weightedTotal, Double savedWeightedTotal) {
    }

    /** The ranking under {@code weights} (criteria not named keep their weight); nothing is saved. */
    public record Ranking(long assessmentId, Map<String, Integer> weights, List<WhatIf> partners) {
    }

    static AssessmentView of(AssessmentReview review) {
        List<RankedPartner> partners = ranked(review.partners(), Map.of(), (rank, p, total) -> new RankedPartner(rank,
                p.invitationId(), p.firmName(), p.contactEmail(), total, p.weightedConfidence(),
                p.recommendation(), p.recommendationNote(), p.recommendedBy(), p.criteria()));
        return new AssessmentView(review.id(), review.name(), review.description(), review.status(), review.dueDate(),
                review.criteria(), partners);
    }

    static Ranking whatIf(AssessmentReview review, Map<String, Integer> weights) {
        List<WhatIf> partners = ranked(review.partners(), weights, (rank, p, total) -> new WhatIf(rank, p.invitationId(),
                p.firmName(), total, weights.isEmpty() ? total : p.weightedTotal()));
        Map<String, Integer> effective = new LinkedHashMap<>();
        review.criteria().forEach(c -> effective.put(c.pluginId(), weights.getOrDefault(c.pluginId(), c.weight())));
        return new Ranking(review.id(), effective, partners);
    }

    /** One firm's line of a ranking, given its rank (null without a total) and its total under the weights. */
    private interface Line<T> {
        T of(Integer rank, PartnerResult partner, Double total);
    }

    /** Highest total first, equal totals sharing a rank, firms without one last and unranked. */
    private static <T> List<T> ranked(List<PartnerResult> partners, Map<String, Integer> weights, Line<T> line) {
        List<PartnerResult> sorted = PartnerResult.ranked(partners, weights);
        List<Integer> places = PartnerResult.places(sorted, weights);
        List<T> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            PartnerResult p = sorted.get(i);
            result.add(line.of(places.get(i), p, p.weightedTotal(weights)));
        }
        return result;
    }
}
