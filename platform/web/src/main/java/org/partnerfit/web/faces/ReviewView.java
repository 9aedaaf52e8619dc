package org.partnerfit.web.faces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.security.Caller;

/** One assessment's results: the invited partners ranked, with every score explained. */
@Named
@RequestScoped
public class ReviewView {

    @EJB
    private ReviewService reviews;

    @Inject
    private Caller caller;

    @EJB
    private org.partnerfit.scoring.application.RescoreService rescore;

    private Long id;
    private AssessmentReview review;
    private org.partnerfit.scoring.application.RescoreComparison comparison;

    public void load() {
        TenantId tenant = caller.tenant().orElse(null);
        if (id == null || tenant == null) {
            FacesResponses.notFound();
            return;
        }
        try {
            review = reviews.review(tenant, id);
        } catch (NotFoundException e) {
            FacesResponses.notFound();
        }
    }

    /** Scores the submitted answers of one criterion with its newest plugin version, beside the pinned scores. */
    public void compare(String pluginId, String version) {
        load();
        caller.tenant().ifPresent(tenant -> comparison = rescore.compare(tenant, id, pluginId, version));
    }

    public org.partnerfit.scoring.application.RescoreComparison getComparison() {
        return comparison;
    }

    /** Loaded by the view action on a GET, and on demand on a postback (view actions do not run then). */
    public AssessmentReview getReview() {
        if (review == null && id != null && caller.tenant().isPresent()) {
            try {
                review = reviews.review(caller.tenant().get(), id);
            } catch (NotFoundException e) {
                return null;
            }
        }
        return review;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
