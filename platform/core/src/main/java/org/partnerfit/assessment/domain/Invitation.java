package org.partnerfit.assessment.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

import org.partnerfit.assessment.infrastructure.RankingChangeListener;
import org.partnerfit.persistence.TenantOwned;

/** A partner firm asked to take part in an assessment, reached through one contact. */
@Entity
@EntityListeners(RankingChangeListener.class)
@Table(name = "invitation")
// The assessment and its criteria come in the same query: every caller checks one or the other.
// The criteria through EclipseLink's hint: a JPQL fetch join on the fetched assessment's alias
// (join fetch i.assessment a left join fetch a.criteria) left them to a query of their own.
@NamedQuery(name = "Invitation.byId",
        query = "select i from Invitation i join fetch i.assessment where i.id = :id",
        hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "i.assessment.criteria"))
@NamedQuery(name = "Invitation.ofAssessment",
        query = "select i from Invitation i where i.assessment = :assessment order by i.firmName")
@NamedQuery(name = "Invitation.openAmong", query = "select i.id from Invitation i where i.id in :ids and i.assessment.status = :open")
public class Invitation extends TenantOwned {

    @ManyToOne(optional = false)
    private Assessment assessment;

    @Column(nullable = false, length = 200)
    private String firmName;

    /** The longest address mail allows, and the column's length. */
    public static final int MAX_EMAIL_LENGTH = 320;

    @Column(nullable = false, length = MAX_EMAIL_LENGTH)
    private String contactEmail;

    @Column(nullable = false)
    private Instant invitedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 20)
    private Recommendation recommendation;

    @Column(length = 2000)
    private String recommendationNote;

    @Column(length = 320)
    private String recommendedBy;

    private Instant recommendedAt;

    @Column(length = 4000)
    private String feedback;

    private boolean feedbackWithScores;

    @Column(length = 320)
    private String feedbackSharedBy;

    private Instant feedbackSharedAt;

    /** Raised by each share and withdrawal: what a share based on an older read is told apart by. */
    @Column(nullable = false)
    private long feedbackRevision;

    protected Invitation() {
    }

    public Invitation(Assessment assessment, String firmName, String contactEmail) {
        this.assessment = assessment;
        this.firmName = firmName;
        this.contactEmail = contactEmail.trim().toLowerCase(Locale.ROOT);
        this.invitedAt = Instant.now();
    }

    /** The assessor's final recommendation for this firm; a later one replaces it (the audit trail keeps both). */
    public void recommend(Recommendation recommendation, String note, String assessor) {
        this.recommendation = java.util.Objects.requireNonNull(recommendation, "recommendation");
        this.recommendationNote = note == null || note.isBlank() ? null : note.strip();
        this.recommendedBy = assessor;
        this.recommendedAt = Instant.now();
    }

    /** Shows the firm this feedback (and, if asked, its own criterion scores); sharing again replaces it. */
    public void shareFeedback(String text, boolean withScores, String by) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Write the feedback before sharing it.");
        }
        this.feedback = text.strip();
        this.feedbackWithScores = withScores;
        this.feedbackSharedBy = by;
        this.feedbackSharedAt = Instant.now();
        this.feedbackRevision++;
    }

    /** Hides the feedback from the firm again; the text stays for the client to edit and share later. */
    public void withdrawFeedback() {
        this.feedbackSharedAt = null;
        this.feedbackRevision++;
    }

    public boolean isFeedbackShared() {
        return feedbackSharedAt != null;
    }

    public String getFeedback() {
        return feedback;
    }

    public boolean isFeedbackWithScores() {
        return feedbackWithScores;
    }

    public String getFeedbackSharedBy() {
        return feedbackSharedBy;
    }

    public long getFeedbackRevision() {
        return feedbackRevision;
    }

    public Instant getFeedbackSharedAt() {
        return feedbackSharedAt;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getFirmName() {
        return firmName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getRecommendationNote() {
        return recommendationNote;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public Instant getRecommendedAt() {
        return recommendedAt;
    }
}
