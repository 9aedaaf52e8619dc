package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.assessment.application.PartnerResult;
import org.partnerfit.assessment.application.PinnedCriterion;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.scoring.application.RescoreComparison;
import org.partnerfit.scoring.application.RescoreService;
import org.partnerfit.shared.InvalidInputException;
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

    @EJB
    private org.partnerfit.assessment.application.PartnerFeedback feedback;

    private Long id;
    /**
     * The invited firm (its invitation) whose scores, evidence, threads and decision forms the page
     * shows. One firm at a time: each firm's details are some ten forms, and a page of many firms'
     * details was most of the page's cost (see docs/performance.md).
     */
    private Long firm;
    /** What-if weight per criterion; starts at the assessment's own weights. */
    private final Map<String, Integer> weights = new LinkedHashMap<>();

    /**
     * What one request has read and worked out. The view keeps this bean as long as the session
     * keeps the view (its last 25), and a review of 200 firms is about 2 MiB: held here, an
     * assessor deciding score after score kept a superseded review in each of those views. Read
     * again per request, the review comes from the review service's cache.
     */
    private static final class Reads {
        AssessmentReview review;
        RescoreComparison comparison;
        List<PartnerResult> ranking;
        Map<String, Integer> rankedUnder;
        /** Each firm's place in {@link #ranking}, by invitation. */
        Map<Long, Integer> places;
        /** The selected firm's messages, read when first shown. */
        List<org.partnerfit.assessment.application.ClarificationMessage> thread;
        org.partnerfit.assessment.application.FeedbackDraft feedbackDraft;
    }

    /** This request's reads, kept with the request's Faces context and gone with it. */
    private Reads reads() {
        return (Reads) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(this, bean -> new Reads());
    }

    public void load() {
        TenantId tenant = caller.tenant().orElse(null);
        if (id == null || tenant == null) {
            FacesResponses.notFound();
            return;
        }
        try {
            reads().review = reviews.review(tenant, id);
            resetWeights();
            if (firm != null && getSelected() == null) {
                FacesResponses.notFound(); // not invited to this assessment, or not this tenant's
            } else if (firm == null && getSelected() != null) {
                // Pinned for the view's life: an action posted from this page acts on the firm it
                // showed, though a new score may have put another at the top of the ranking since.
                firm = getSelected().invitationId();
            }
        } catch (NotFoundException e) {
            FacesResponses.notFound();
        }
    }

    /** Scores the submitted answers of one criterion with its newest plugin version, beside the pinned scores. */
    public void compare(String pluginId, String version) {
        caller.tenant().ifPresent(tenant -> {
            try {
                reads().comparison = rescore.compare(tenant, id, pluginId, version);
            } catch (InvalidInputException e) {   // that version uninstalled since the page was shown
                FacesResponses.refused(e, false);
            } catch (NotFoundException e) {
                FacesResponses.reload();
            }
        });
    }

    public void resetWeights() {
        weights.clear();
        getReview().criteria().forEach(c -> weights.put(c.pluginId(), c.weight()));
    }

    /** The partners ordered by their total under the what-if weights (the assessment's own until changed). */
    public List<PartnerResult> getRanking() {
        // The table asks for its value several times a render, the chart once more: rank once per
        // request and weights (the review is read once a request; a postback may change the weights).
        Reads r = reads();
        Map<String, Integer> under = whatIf();
        if (r.ranking == null || !under.equals(r.rankedUnder)) {
            r.rankedUnder = under;
            // The review's own list is ranked under the assessment's weights already: sort only for what-if weights.
            List<PartnerResult> partners = getReview().partners();
            r.ranking = isWhatIf() ? PartnerResult.ranked(partners, under) : partners;
            List<Integer> places = PartnerResult.places(r.ranking, under);
            r.places = new java.util.HashMap<>();
            for (int i = 0; i < places.size(); i++) {
                r.places.put(r.ranking.get(i).invitationId(), places.get(i));
            }
        }
        return r.ranking;
    }

    /** The firm's place in the ranking shown, by the rule the exports and the API share; null with nothing scored. */
    public Integer place(PartnerResult partner) {
        getRanking();
        return reads().places.get(partner.invitationId());
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

    /** The messages with the selected firm about one criterion, oldest first. */
    public List<org.partnerfit.assessment.application.ClarificationMessage> thread(String pluginId) {
        PartnerResult selected = getSelected();
        Reads r = reads();
        if (r.thread == null && selected != null) {
            r.thread = caller.tenant().map(t -> clarifications.forClient(t, selected.invitationId())).orElse(List.of());
        }
        return r.thread == null ? List.of() : r.thread.stream().filter(m -> m.pluginId().equals(pluginId)).toList();
    }

    /** The feedback written for the selected firm, and whether the firm sees it. */
    public org.partnerfit.assessment.application.FeedbackDraft getFeedback() {
        PartnerResult selected = getSelected();
        Reads r = reads();
        if (r.feedbackDraft == null && selected != null) {
            r.feedbackDraft = caller.tenant().map(t -> feedback.draft(t, selected.invitationId())).orElse(null);
        }
        return r.feedbackDraft;
    }

    /** Whether the caller may make review decisions (assessors and the client's admins). */
    public boolean isDecider() {
        return caller.is(org.partnerfit.web.security.Roles.ASSESSOR) || caller.isClientAdmin();
    }

    public List<PinnedCriterion> getCriteria() {
        return getReview().criteria();
    }

    public RescoreComparison getComparison() {
        return reads().comparison;
    }

    public Map<String, Integer> getWeights() {
        return weights;
    }

    /** Loaded by the view action on a GET, and once in each later request of the view that asks for it. */
    public AssessmentReview getReview() {
        Reads r = reads();
        if (r.review == null && id == null) {
            // This bean is newer than the request: the session dropped the view's beans while the
            // request ran (many of one session's requests at once). A page being shown reads the
            // assessment from its address; a form posted from it acts on nothing: which firm the
            // page showed went with the beans, so the page is loaded afresh instead.
            if (FacesContext.getCurrentInstance().isPostback()) {
                FacesResponses.reload();
                return r.review = nothing();
            }
            id = addressed("id");
            firm = addressed("firm");
            if (id == null) {
                FacesResponses.notFound();
                return r.review = nothing();
            }
        }
        if (r.review == null && id != null) {
            try {
                r.review = reviews.review(caller.tenant().orElseThrow(() -> new NotFoundException("No organisation chosen.")), id);
                if (weights.isEmpty()) {
                    r.review.criteria().forEach(c -> weights.put(c.pluginId(), c.weight()));
                }
            } catch (NotFoundException e) {
                // Not the organisation's any more, mostly because another tab switched organisation:
                // the page loaded afresh says so (404). Until this request ends, an empty review.
                FacesResponses.reload();
                r.review = nothing();
            }
        }
        return r.review;
    }

    /** What the page shows for the rest of a request that has been answered otherwise (a 404, a reload). */
    private AssessmentReview nothing() {
        return new AssessmentReview(id == null ? 0 : id, "", null, AssessmentStatus.DRAFT, null,
                List.of(), List.of());
    }

    private static Long addressed(String parameter) {
        try {
            return Long.valueOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .getOrDefault(parameter, "").strip());
        } catch (NumberFormatException none) {
            return null;
        }
    }

    /** The firm whose details the page shows: the one asked for, else the first in the ranking. */
    public PartnerResult getSelected() {
        List<PartnerResult> all = getReview().partners();
        int at = selectedIndex();
        return at >= 0 ? all.get(at) : null;
    }

    /** Where the selected firm stands in the ranking under the assessment's weights, from 1; null with nothing scored. */
    public Integer getSelectedRank() {
        int at = selectedIndex();
        return at < 0 ? null : PartnerResult.places(getReview().partners(), Map.of()).get(at);
    }

    /** The firm before the selected one in the ranking, or null. */
    public PartnerResult getPreviousFirm() {
        return neighbour(-1);
    }

    /** The firm after the selected one in the ranking, or null. */
    public PartnerResult getNextFirm() {
        return neighbour(1);
    }

    private PartnerResult neighbour(int step) {
        List<PartnerResult> all = getReview().partners();
        int at = selectedIndex();
        return at < 0 || at + step < 0 || at + step >= all.size() ? null : all.get(at + step);
    }

    /** The selected firm's index in the ranking (the assessment's weights), -1 when there is none. */
    private int selectedIndex() {
        List<PartnerResult> all = getReview().partners();
        if (firm == null) {
            return all.isEmpty() ? -1 : 0;
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).invitationId() == firm) {
                return i;
            }
        }
        return -1;
    }

    public Long getFirm() {
        return firm;
    }

    public void setFirm(Long firm) {
        this.firm = firm;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
