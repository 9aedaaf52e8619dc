package org.partnerfit.assessment.infrastructure;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.partnerfit.assessment.application.RankingChanges;
import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.assessment.domain.AssessmentCriterion;
import org.partnerfit.assessment.domain.EvidenceFile;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.persistence.AfterTransaction;
import org.partnerfit.scoring.domain.CriterionScore;

/**
 * Tells {@link RankingChanges} which assessment a written entity belongs to, once its
 * transaction has ended. On the entities a ranking is built from; every write through JPA passes
 * here, so none can be forgotten.
 */
public class RankingChangeListener {

    @Inject
    private RankingChanges changes;

    @Inject
    private AfterTransaction after;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        Long assessmentId = assessmentOf(entity);
        if (assessmentId != null) {
            after.run(new Changed(assessmentId), () -> changes.changed(assessmentId));
        }
    }

    private record Changed(long assessmentId) {
    }

    static Long assessmentOf(Object entity) {
        if (entity instanceof Assessment a) {
            return a.getId();
        } else if (entity instanceof AssessmentCriterion c) {
            return c.getAssessment().getId();
        } else if (entity instanceof Invitation i) {
            return i.getAssessment().getId();
        } else if (entity instanceof Submission s) {
            return s.getInvitation().getAssessment().getId();
        } else if (entity instanceof CriterionScore score) {
            return score.getSubmission().getInvitation().getAssessment().getId();
        } else if (entity instanceof EvidenceFile e) {
            return e.getSubmission().getInvitation().getAssessment().getId();
        }
        return null;
    }
}
