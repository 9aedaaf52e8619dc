package org.partnerfit.web.faces;

import java.util.function.Consumer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.Clarifications;
import org.partnerfit.assessment.application.PartnerFeedback;
import org.partnerfit.assessment.application.ReviewDecisions;
import org.partnerfit.assessment.domain.Recommendation;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.security.Caller;

/**
 * An assessor's decisions on the assessment page: override with a reason, return answers,
 * ask for a clarification, verify a file, recommend a firm, share feedback with it. Every decision
 * form posts plain fields of the same names ("value", "reason", "recommendation", "note",
 * "feedback", "withScores") and which partner and
 * criterion it is about ("decision"); done, the page reloads with the outcome; refused, the form
 * that was sent shows what was typed, with the reason.
 */
@Named
@RequestScoped
public class ReviewDecisionView {

    @EJB
    private ReviewDecisions decisions;

    @EJB
    private Clarifications clarifications;

    @EJB
    private PartnerFeedback feedback;

    @Inject
    private Caller caller;

    public String override(long assessmentId, long invitationId, String pluginId) {
        return act(assessmentId, invitationId, t -> decisions.override(t, invitationId, pluginId, number(field("value")), field("reason")),
                "review.overridden");
    }

    public String returnToPartner(long assessmentId, long invitationId, String pluginId) {
        return act(assessmentId, invitationId, t -> decisions.returnToPartner(t, invitationId, pluginId, field("reason")), "review.returned");
    }

    public String ask(long assessmentId, long invitationId, String pluginId) {
        return act(assessmentId, invitationId, t -> clarifications.ask(t, invitationId, pluginId, field("reason")), "clarification.sent");
    }

    /**
     * Verifies the file the form names by its id: the row it sat in may hold another file by now
     * (the partner removed one above it), and the row's place is all Faces would go by.
     */
    public String verify(long assessmentId, long invitationId) {
        long evidenceId;
        try {
            evidenceId = Long.parseLong(String.valueOf(field("evidence")).strip());
        } catch (NumberFormatException noFile) {
            FacesResponses.notFound();
            return null;
        }
        return act(assessmentId, invitationId, t -> decisions.verifyEvidence(t, evidenceId), "evidence.verifiedDone");
    }

    public String recommend(long assessmentId, long invitationId) {
        String chosen = field("recommendation");
        Recommendation choice = chosen == null || chosen.isBlank() ? null
                : java.util.Arrays.stream(Recommendation.values()).filter(r -> r.name().equals(chosen)).findFirst().orElse(null);
        return act(assessmentId, invitationId, t -> decisions.recommend(t, invitationId, choice, field("note")), "review.recommended");
    }

    public String shareFeedback(long assessmentId, long invitationId) {
        Long read = revision(field("feedbackRevision"));
        return act(assessmentId, invitationId, t -> feedback.share(t, invitationId, field("feedback"), field("withScores") != null, read),
                "feedback.sharedDone");
    }

    public String withdrawFeedback(long assessmentId, long invitationId) {
        return act(assessmentId, invitationId, t -> feedback.withdraw(t, invitationId), "feedback.withdrawnDone");
    }

    /** The feedback text to show: what the refused form had, else what is stored. */
    public String feedbackText(long invitationId, String stored) {
        String posted = field("feedback");
        return posted != null && String.valueOf(invitationId).equals(field("decision")) ? posted : stored;
    }

    /**
     * Whether "with scores" shows ticked: as the refused form had it, else as stored; shown as
     * stored after a refusal, a second Share could send the scores the assessor had just unticked.
     */
    public boolean feedbackWithScores(long invitationId, boolean stored) {
        boolean refusedHere = field("feedback") != null && String.valueOf(invitationId).equals(field("decision"));
        return refusedHere ? field("withScores") != null : stored;
    }

    private String act(long id, long invitationId, Consumer<TenantId> action, String doneKey) {
        return AssessmentPages.act(caller, id, invitationId, action, doneKey);
    }

    /** The revision a form says it read; none (not checked) when it says nothing readable. */
    private static Long revision(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException garbled) {
            return null;
        }
    }

    private static Double number(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Wording.of("override.notANumber", value), "value", Wording.of("problem.notANumber"));
        }
    }

    /** What the refused form had in a field, so nothing typed is lost; empty in every other form. */
    public String echo(long invitationId, String pluginId, String name) {
        String key = pluginId == null ? String.valueOf(invitationId) : invitationId + "/" + pluginId;
        return key.equals(field("decision")) ? field(name) : "";
    }

    private static String field(String name) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }
}
