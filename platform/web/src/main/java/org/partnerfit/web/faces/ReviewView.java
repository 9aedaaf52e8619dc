package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.assessment.application.PartnerResult;
import org.partnerfit.assessment.application.PinnedCriterion;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.scoring.application.RescoreComparison;
import org.partnerfit.scoring.application.RescoreService;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.security.Caller;

/**
 * One assessment's results: the invited partners ranked with every score explained, what-if
 * weights that re-rank without saving, and a radar chart of criteria × partners.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Looked up once: Json.createArrayBuilder() and its kin search the class path for a provider on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @EJB
    private ReviewService reviews;

    @EJB
    private RescoreService rescore;

    @Inject
    private Caller caller;

    @Inject
    private LocaleSwitcher locale;

    @EJB
    private org.partnerfit.assessment.application.Clarifications clarifications;

    private transient Map<Long, List<org.partnerfit.assessment.application.ClarificationMessage>> threads;

    @EJB
    private org.partnerfit.assessment.application.PartnerFeedback feedback;

    private transient Map<Long, org.partnerfit.assessment.application.FeedbackDraft> feedbacks;

    /** Partners whose details one page shows: all 200 firms of a large assessment made a page of megabytes. */
    static final int DETAILS_PER_PAGE = 20;

    private Long id;
    /** Which page of partner details, from 1. */
    private int page = 1;
    private transient AssessmentReview review;
    private transient RescoreComparison comparison;
    /** What-if weight per criterion; starts at the assessment's own weights. */
    private final Map<String, Integer> weights = new LinkedHashMap<>();

    public void load() {
        TenantId tenant = caller.tenant().orElse(null);
        if (id == null || tenant == null) {
            FacesResponses.notFound();
            return;
        }
        try {
            review = reviews.review(tenant, id);
            resetWeights();
        } catch (NotFoundException e) {
            FacesResponses.notFound();
        }
    }

    /** Scores the submitted answers of one criterion with its newest plugin version, beside the pinned scores. */
    public void compare(String pluginId, String version) {
        caller.tenant().ifPresent(tenant -> comparison = rescore.compare(tenant, id, pluginId, version));
    }

    public void resetWeights() {
        weights.clear();
        getReview().criteria().forEach(c -> weights.put(c.pluginId(), c.weight()));
    }

    /** The partners ordered by their total under the what-if weights (the assessment's own until changed). */
    public List<PartnerResult> getRanking() {
        return PartnerResult.ranked(getReview().partners(), whatIf());
    }

    public Double whatIfTotal(PartnerResult partner) {
        return partner.weightedTotal(whatIf());
    }

    /** Whether the what-if weights differ from the assessment's. */
    public boolean isWhatIf() {
        return getReview().criteria().stream().anyMatch(c -> !Integer.valueOf(c.weight()).equals(weights.get(c.pluginId())));
    }

    public int getWhatIfSum() {
        return whatIf().values().stream().mapToInt(Integer::intValue).sum();
    }

    private Map<String, Integer> whatIf() {
        Map<String, Integer> clean = new LinkedHashMap<>();
        weights.forEach((k, v) -> clean.put(k, v == null || v < 0 ? 0 : v));
        return clean;
    }

    /** The what-if weights as query parameters, so an export shows what the screen shows. */
    public String getWeightQuery() {
        StringBuilder query = new StringBuilder();
        whatIf().forEach((k, v) -> query.append("&w.").append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                .append('=').append(v));
        return query.toString();
    }

    /** Chart.js configuration of the radar chart: one axis per criterion, one line per partner (the first six). */
    public String getRadarChart() {
        AssessmentReview r = getReview();
        var labels = JSON.createArrayBuilder();
        r.criteria().forEach(c -> labels.add(c.name().in(locale.getLocale())));
        var datasets = JSON.createArrayBuilder();
        getRanking().stream().limit(6).forEach(p -> {
            var data = JSON.createArrayBuilder();
            r.criteria().forEach(c -> data.add(p.criteria().stream().filter(x -> x.pluginId().equals(c.pluginId()))
                    .findFirst().map(x -> x.scored() ? x.effectiveValue() : 0.0).orElse(0.0)));
            datasets.add(JSON.createObjectBuilder().add("label", p.firmName()).add("data", data).add("fill", true));
        });
        return JSON.createObjectBuilder()
                .add("type", "radar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", JSON.createObjectBuilder().add("r", JSON.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                // The configuration is written into an inline script: a firm named "</script><img onerror=...>"
                // would end that script and become markup. \u003c reads as '<' in the chart and closes nothing.
                .build().toString().replace("<", "\\u003c");
    }

    /** The messages with one partner firm about one criterion, oldest first. */
    public List<org.partnerfit.assessment.application.ClarificationMessage> thread(long invitationId, String pluginId) {
        if (threads == null) {
            threads = caller.tenant().map(t -> clarifications.forClientAssessment(t, id)).orElse(Map.of());
        }
        return threads.getOrDefault(invitationId, List.of()).stream().filter(m -> m.pluginId().equals(pluginId)).toList();
    }

    /** The feedback written for one partner firm, and whether the firm sees it. */
    public org.partnerfit.assessment.application.FeedbackDraft feedback(long invitationId) {
        if (feedbacks == null) {
            feedbacks = caller.tenant().map(t -> feedback.drafts(t, id)).orElse(Map.of());
        }
        return feedbacks.get(invitationId);
    }

    /** Whether the caller may make review decisions (assessors and the client's admins). */
    public boolean isDecider() {
        return caller.is(org.partnerfit.web.security.Roles.ASSESSOR) || caller.isClientAdmin();
    }

    public List<PinnedCriterion> getCriteria() {
        return getReview().criteria();
    }

    public RescoreComparison getComparison() {
        return comparison;
    }

    public Map<String, Integer> getWeights() {
        return weights;
    }

    /** Loaded by the view action on a GET, and again on demand after the view is restored. */
    public AssessmentReview getReview() {
        if (review == null && id != null && caller.tenant().isPresent()) {
            try {
                review = reviews.review(caller.tenant().get(), id);
                if (weights.isEmpty()) {
                    review.criteria().forEach(c -> weights.put(c.pluginId(), c.weight()));
                }
            } catch (NotFoundException e) {
                return null;
            }
        }
        return review;
    }

    /** The partners whose details this page shows, in ranking order. */
    public List<PartnerResult> getPartnerDetails() {
        List<PartnerResult> all = getReview().partners();
        int from = Math.min((getPage() - 1) * DETAILS_PER_PAGE, all.size());
        return all.subList(from, Math.min(from + DETAILS_PER_PAGE, all.size()));
    }

    public int getPageCount() {
        return Math.max(1, (getReview().partners().size() + DETAILS_PER_PAGE - 1) / DETAILS_PER_PAGE);
    }

    public int getFirstShown() {
        return Math.min((getPage() - 1) * DETAILS_PER_PAGE + 1, getReview().partners().size());
    }

    public int getLastShown() {
        return Math.min(getPage() * DETAILS_PER_PAGE, getReview().partners().size());
    }

    /** The page asked for, kept within the pages there are. */
    public int getPage() {
        return Math.max(1, Math.min(page, getPageCount()));
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
