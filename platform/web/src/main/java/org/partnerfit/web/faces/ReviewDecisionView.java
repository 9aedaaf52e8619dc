package org.partnerfit.web.faces;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.Clarifications;
import org.partnerfit.assessment.application.ReviewDecisions;
import org.partnerfit.assessment.domain.Recommendation;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.security.Caller;

/**
 * An assessor's decisions on the assessment page: override with a reason, return answers,
 * ask for a clarification, verify a file, recommend a firm. Each form posts its own fields
 * (keyed by partner, or partner and criterion) and the page reloads with the outcome.
 */
@Named
@RequestScoped
public class ReviewDecisionView {

    @EJB
    private ReviewDecisions decisions;

    @EJB
    private Clarifications clarifications;

    @Inject
    private Caller caller;

    /** Form fields by "invitation/criterion" (or invitation alone for recommendations). */
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();

    public String override(long assessmentId, long invitationId, String pluginId) {
        String key = invitationId + "/" + pluginId;
        return act(assessmentId, t -> decisions.override(t, invitationId, pluginId, number(values.get(key)), reasons.get(key)),
                "review.overridden");
    }

    public String returnToPartner(long assessmentId, long invitationId, String pluginId) {
        String key = invitationId + "/" + pluginId;
        return act(assessmentId, t -> decisions.returnToPartner(t, invitationId, pluginId, reasons.get(key)), "review.returned");
    }

    public String ask(long assessmentId, long invitationId, String pluginId) {
        String key = invitationId + "/" + pluginId;
        return act(assessmentId, t -> clarifications.ask(t, invitationId, pluginId, reasons.get(key)), "clarification.sent");
    }

    public String verify(long assessmentId, long evidenceId) {
        return act(assessmentId, t -> decisions.verifyEvidence(t, evidenceId), "evidence.verifiedDone");
    }

    public String recommend(long assessmentId, long invitationId) {
        String key = String.valueOf(invitationId);
        Recommendation choice = values.get(key) == null || values.get(key).isBlank() ? null : Recommendation.valueOf(values.get(key));
        return act(assessmentId, t -> decisions.recommend(t, invitationId, choice, reasons.get(key)), "review.recommended");
    }

    private String act(long id, Consumer<TenantId> action, String doneKey) {
        return AssessmentPages.act(caller, id, action, doneKey);
    }

    private static Double number(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + value + "' is not a number from 0 to 100.", Map.of("value", "not a number"));
        }
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }
}
