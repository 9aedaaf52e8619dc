package org.partnerfit.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.assessment.infrastructure.RankingChangeListener;
import org.partnerfit.persistence.TenantOwned;

/**
 * A file a partner attached to an evidence question. The bytes live in the database so every
 * node of a cluster serves the same file; lists read the metadata only.
 */
@Entity
@EntityListeners(RankingChangeListener.class)
@Table(name = "evidence_file")
@NamedQuery(name = "EvidenceFile.byId", query = "select e from EvidenceFile e where e.id = :id")
@NamedQuery(name = "EvidenceFile.ofSubmission",
        query = "select new org.partnerfit.assessment.domain.EvidenceInfo(e.id, e.questionKey, e.fileName, e.contentType,"
                + " e.byteCount, e.sha256, e.uploadedAt, e.verified, e.verifiedBy)"
                + " from EvidenceFile e where e.submission = :submission order by e.uploadedAt")
@NamedQuery(name = "EvidenceFile.ofAssessment",
        query = "select new org.partnerfit.assessment.domain.EvidenceInfo(e.id, e.questionKey, e.fileName, e.contentType,"
                + " e.byteCount, e.sha256, e.uploadedAt, e.verified, e.verifiedBy), e.submission.id"
                + " from EvidenceFile e where e.submission.invitation.assessment = :assessment order by e.uploadedAt")
public class EvidenceFile extends TenantOwned {

    @ManyToOne(optional = false)
    private Submission submission;

    @Column(nullable = false, length = 64)
    private String questionKey;

    @Column(nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false)
    private long byteCount;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 320)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    @Column(nullable = false)
    private boolean verified;

    @Column(length = 320)
    private String verifiedBy;

    private Instant verifiedAt;

    protected EvidenceFile() {
    }

    public EvidenceFile(Submission submission, String questionKey, String fileName, String contentType,
                        String sha256, byte[] content, String uploadedBy) {
        this.submission = submission;
        this.questionKey = questionKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sha256 = sha256;
        this.content = content.clone();
        this.byteCount = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    /** An assessor has checked the file against what it claims; scorers may trust it more. */
    public void verify(String assessor) {
        verified = true;
        verifiedBy = assessor;
        verifiedAt = Instant.now();
    }

    public EvidenceInfo info() {
        return new EvidenceInfo(getId(), questionKey, fileName, contentType, byteCount, sha256, uploadedAt, verified, verifiedBy);
    }

    public Submission getSubmission() {
        return submission;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
