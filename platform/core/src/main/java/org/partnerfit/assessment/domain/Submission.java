package org.partnerfit.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.assessment.infrastructure.RankingChangeListener;
import org.partnerfit.persistence.AnswersConverter;
import org.partnerfit.persistence.TenantOwned;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.StateConflictException;
import org.partnerfit.shared.Wording;
import org.partnerfit.spi.Answers;

/** One partner firm's answers to one criterion of an assessment. */
@Entity
@EntityListeners(RankingChangeListener.class)
@Table(name = "submission")
@NamedQuery(name = "Submission.ofInvitationAndCriterion",
        query = "select s from Submission s where s.invitation = :invitation and s.criterion = :criterion")
@NamedQuery(name = "Submission.statusesOfInvitation",
        query = "select s.criterion.id, s.status from Submission s where s.invitation = :invitation")
@NamedQuery(name = "Submission.ofAssessment",
        query = "select s from Submission s where s.invitation.assessment = :assessment")
public class Submission extends TenantOwned {

    @ManyToOne(optional = false)
    private Invitation invitation;

    @ManyToOne(optional = false)
    private AssessmentCriterion criterion;

    @Lob
    @Convert(converter = AnswersConverter.class)
    @Column(nullable = false)
    private Answers answers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubmissionStatus status = SubmissionStatus.DRAFT;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant submittedAt;

    private Instant returnedAt;

    /** An assessor's value, kept beside (never instead of) the plugin's computed score. */
    private Double overrideValue;

    @Column(length = 2000)
    private String overrideJustification;

    @Column(length = 320)
    private String overriddenBy;

    private Instant overriddenAt;

    protected Submission() {
    }

    public Submission(Invitation invitation, AssessmentCriterion criterion) {
        this.invitation = invitation;
        this.criterion = criterion;
        this.answers = Answers.NONE;
        this.updatedAt = Instant.now();
    }

    /** Replaces the draft answers; refused once submitted. */
    public void saveDraft(Answers newAnswers) {
        if (isLocked()) {
            throw new IllegalStateException("These answers were submitted and are locked.");
        }
        this.answers = newAnswers;
        this.updatedAt = Instant.now();
    }

    /** Locks the answers for review. */
    public void submit() {
        if (isLocked()) {
            throw new IllegalStateException("These answers were submitted already.");
        }
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedAt = Instant.now();
        this.updatedAt = submittedAt;
    }

    /**
     * Unlocks submitted answers so the partner can change them; they must submit again. An
     * override judged the old answers, so it goes (the audit trail keeps it).
     */
    public void returnToPartner() {
        if (!isLocked()) {
            throw new StateConflictException(Wording.of("submission.returnOnlySubmitted", Wording.of("submission." + status)), "submission");
        }
        overrideValue = null;
        overrideJustification = null;
        overriddenBy = null;
        overriddenAt = null;
        status = SubmissionStatus.RETURNED;
        returnedAt = Instant.now();
        updatedAt = returnedAt;
    }

    /** Sets an assessor's value with the reason for it; the computed score stays as it was. */
    public void override(double value, String justification, String assessor) {
        if (!isLocked()) {
            throw new StateConflictException(Wording.of("submission.overrideOnlySubmitted"), "submission");
        }
        if (Double.isNaN(value) || value < 0 || value > 100) {
            Wording outOfRange = Wording.of("override.valueOutOfRange");
            throw new InvalidInputException(outOfRange, "value", outOfRange);
        }
        if (justification == null || justification.isBlank()) {
            throw new InvalidInputException(Wording.of("override.justificationShort"), "justification", Wording.of("problem.required"));
        }
        this.overrideValue = value;
        this.overrideJustification = justification.strip();
        this.overriddenBy = assessor;
        this.overriddenAt = Instant.now();
    }

    public boolean isLocked() {
        return status == SubmissionStatus.SUBMITTED;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public AssessmentCriterion getCriterion() {
        return criterion;
    }

    public Answers getAnswers() {
        return answers;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public Double getOverrideValue() {
        return overrideValue;
    }

    public String getOverrideJustification() {
        return overrideJustification;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }
}
