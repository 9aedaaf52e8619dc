package org.partnerfit.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.persistence.AnswersConverter;
import org.partnerfit.persistence.TenantOwned;
import org.partnerfit.spi.Answers;

/** One partner firm's answers to one criterion of an assessment. */
@Entity
@Table(name = "submission")
@NamedQuery(name = "Submission.ofInvitation", query = "select s from Submission s where s.invitation = :invitation")
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
        if (status == SubmissionStatus.SUBMITTED) {
            throw new IllegalStateException("These answers were submitted and are locked.");
        }
        this.answers = newAnswers;
        this.updatedAt = Instant.now();
    }

    /** Locks the answers for review. */
    public void submit() {
        if (status == SubmissionStatus.SUBMITTED) {
            throw new IllegalStateException("These answers were submitted already.");
        }
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedAt = Instant.now();
        this.updatedAt = submittedAt;
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
}
