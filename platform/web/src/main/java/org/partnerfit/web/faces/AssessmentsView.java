package org.partnerfit.web.faces;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.AssessmentSummary;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.web.security.Caller;

/** The active tenant's assessments, for its assessors, admins and evaluators. */
@Named
@RequestScoped
public class AssessmentsView {

    @EJB
    private ReviewService reviews;

    @Inject
    private Caller caller;

    private List<AssessmentSummary> assessments;

    public List<AssessmentSummary> getAssessments() {
        if (assessments == null) {
            assessments = caller.tenant().map(reviews::assessments).orElse(List.of());
        }
        return assessments;
    }
}
