package org.partnerfit.assessment.application;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.assessment.domain.AssessmentCriterion;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.Wording;

/**
 * Finds the workflow's records by id in an entity manager already bound to a tenant. Always
 * through JPQL, so EclipseLink adds the tenant criterion: another tenant's id is simply not found.
 */
final class Lookup {

    private Lookup() {
    }

    static Assessment assessment(EntityManager em, long id) {
        return em.createNamedQuery("Assessment.byId", Assessment.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No such assessment."));
    }

    static Invitation invitation(EntityManager em, long id) {
        return em.createNamedQuery("Invitation.byId", Invitation.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No such invitation."));
    }

    static org.partnerfit.assessment.domain.EvidenceFile evidence(EntityManager em, long id) {
        return em.createNamedQuery("EvidenceFile.byId", org.partnerfit.assessment.domain.EvidenceFile.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No such file."));
    }

    static AssessmentCriterion criterion(Invitation invitation, String pluginId) {
        return invitation.getAssessment().getCriteria().stream()
                .filter(c -> c.getPluginId().equals(pluginId)).findFirst()
                .orElseThrow(() -> new NotFoundException("This assessment has no criterion " + pluginId + "."));
    }

    /** One row (the pair is unique); reading all the invitation's submissions converted every criterion's answers. */
    static Optional<Submission> submission(EntityManager em, Invitation invitation, AssessmentCriterion criterion) {
        return em.createNamedQuery("Submission.ofInvitationAndCriterion", Submission.class)
                .setParameter("invitation", invitation).setParameter("criterion", criterion)
                .getResultStream().findFirst();
    }

    static Submission submittedOrFail(EntityManager em, Invitation invitation, String pluginId) {
        return submission(em, invitation, criterion(invitation, pluginId))
                .orElseThrow(() -> new NotFoundException("This partner has not answered " + pluginId + " yet."));
    }

    /**
     * The submission a partner may change now, created on first use: the assessment must be open
     * and not past its due date, and the answers not submitted (or returned for changes).
     */
    static Submission editable(EntityManager em, Invitation invitation, String pluginId, java.time.LocalDate today) {
        Assessment assessment = invitation.getAssessment();
        if (assessment.isOverdue(today) && assessment.getStatus() == org.partnerfit.assessment.domain.AssessmentStatus.OPEN) {
            throw new org.partnerfit.shared.StateConflictException(Wording.of("answers.pastDue", assessment.getDueDate()), "assessment");
        }
        if (!assessment.acceptsAnswers(today)) {
            throw new org.partnerfit.shared.StateConflictException(Wording.of("answers.notOpen",
                    assessment.getStatus().wording()), "assessment");
        }
        AssessmentCriterion criterion = criterion(invitation, pluginId);
        Submission submission = submission(em, invitation, criterion).orElseGet(() -> {
            Submission created = new Submission(invitation, criterion);
            em.persist(created);
            return created;
        });
        if (submission.isLocked()) {
            throw new org.partnerfit.shared.StateConflictException(Wording.of("answers.locked"), "submission");
        }
        return submission;
    }
}
