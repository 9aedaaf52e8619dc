package org.partnerfit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.assessment.application.CriterionResult;
import org.partnerfit.assessment.application.PartnerResult;

/**
 * The ranking every export shares: one row a partner firm, best weighted total first, with the
 * effective value of each criterion. What-if weights re-rank without changing the assessment.
 */
public record ResultsTable(Locale locale, List<Column> criteria, List<Row> rows) {

    /** A criterion column with the weight the ranking used and the assessment's own. */
    public record Column(String pluginId, String name, int weight, int ownWeight) {

        public boolean whatIf() {
            return weight != ownWeight;
        }
    }

    /** A criterion's effective value (null while not scored) and whether an assessor overrode it. */
    public record Value(Double value, boolean overridden) {
    }

    /** {@code rank} is null for a firm with nothing scored ({@link PartnerResult#places}). */
    public record Row(Integer rank, PartnerResult partner, Double total, double confidence, String recommendation,
                      List<Value> values) {

        public String firm() {
            return partner.firmName();
        }
    }

    public ResultsTable {
        criteria = List.copyOf(criteria);
        rows = List.copyOf(rows);
    }

    /** @param whatIfWeights weight by plugin id for the criteria to re-weigh; empty for the assessment's own */
    public static ResultsTable of(AssessmentReview review, Locale locale, Map<String, Integer> whatIfWeights) {
        Map<String, Integer> weights = whatIfWeights == null ? Map.of() : whatIfWeights;
        List<Column> columns = review.criteria().stream()
                .map(c -> new Column(c.pluginId(), c.name().in(locale), weights.getOrDefault(c.pluginId(), c.weight()), c.weight()))
                .toList();
        // Ties keep the review's order; equal totals share a rank, so no firm looks ahead by chance.
        List<PartnerResult> ranked = PartnerResult.ranked(review.partners(), weights);
        List<Integer> places = PartnerResult.places(ranked, weights);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            PartnerResult partner = ranked.get(i);
            rows.add(new Row(places.get(i), partner, partner.weightedTotal(weights), partner.weightedConfidence(),
                    Label.of(partner.recommendation(), locale), values(partner, columns)));
        }
        return new ResultsTable(locale, columns, rows);
    }

    private static List<Value> values(PartnerResult partner, List<Column> columns) {
        Map<String, CriterionResult> byPlugin = partner.criteria().stream()
                .collect(Collectors.toMap(CriterionResult::pluginId, Function.identity(), (a, b) -> a));
        return columns.stream().map(c -> {
            CriterionResult result = byPlugin.get(c.pluginId());
            return result == null ? new Value(null, false) : new Value(result.effectiveValue(), result.scored() && result.overridden());
        }).toList();
    }

    /** Rank, firm, total, confidence, recommendation, then one heading per criterion. */
    public List<String> header() {
        return Stream.concat(Stream.of(Label.RANK, Label.FIRM, Label.TOTAL, Label.CONFIDENCE, Label.RECOMMENDATION)
                .map(l -> l.in(locale)), criteria.stream().map(Column::name)).toList();
    }

    /** A row as text, in the header's order; an unscored value is empty, an overridden one says so. */
    public List<String> texts(Row row) {
        List<String> cells = new ArrayList<>(List.of(row.rank() == null ? "" : String.valueOf(row.rank()), row.firm(), number(row.total()),
                percent(row.confidence()), row.recommendation()));
        for (Value v : row.values()) {
            cells.add(v.value() == null ? "" : v.overridden()
                    ? number(v.value()) + " (" + Label.OVERRIDDEN.in(locale) + ")" : number(v.value()));
        }
        return cells;
    }

    /**
     * 72.5 stays 72.5, 80.0 reads 80 and 66.666… reads 66.67: the way a person writes a score,
     * never 8.0E1; the same on the results page, in the CSV and in the PDF (Excel keeps the exact value).
     */
    public static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A confidence (0 to 1) as a whole percentage: 0.8333 reads 83%. */
    public static String percent(Double fraction) {
        return fraction == null ? "" : Math.round(fraction * 100) + "%";
    }
}
