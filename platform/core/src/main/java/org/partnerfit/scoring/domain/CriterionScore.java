package org.partnerfit.scoring.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.assessment.infrastructure.RankingChangeListener;
import org.partnerfit.persistence.TenantOwned;
import org.partnerfit.spi.Text;

/**
 * What a plugin computed for one submission, with the plugin version and a hash of the inputs
 * so the result can be traced and reproduced; or why scoring failed.
 */
@Entity
@EntityListeners(RankingChangeListener.class)
@Table(name = "criterion_score")
@NamedQuery(name = "CriterionScore.ofSubmission",
        query = "select s from CriterionScore s where s.submission = :submission order by s.scoredAt desc, s.id desc")
// The latest score of each submission only: re-scoring keeps every earlier score on record, and
// the ranking must not read them all.
@NamedQuery(name = "CriterionScore.latestOfAssessment",
        query = "select s from CriterionScore s where s.submission.invitation.assessment = :assessment"
                + " and not exists (select t from CriterionScore t where t.submission = s.submission"
                + " and (t.scoredAt > s.scoredAt or (t.scoredAt = s.scoredAt and t.id > s.id)))")
public class CriterionScore extends TenantOwned {

    @ManyToOne(optional = false)
    private Submission submission;

    @Column(nullable = false, length = 140)
    private String plugin;

    @Column(nullable = false, length = 64)
    private String inputsHash;

    private Double scoreValue;

    private Double confidence;

    @Lob
    private String rationaleEn;

    @Lob
    private String rationaleZh;

    @Lob
    private String redFlagsEn;

    @Lob
    private String redFlagsZh;

    @Column(nullable = false)
    private boolean failed;

    @Column(length = 2000)
    private String failureReason;

    @Column(length = 2000)
    private String failureReasonZh;

    @Column(nullable = false)
    private Instant scoredAt;

    protected CriterionScore() {
    }

    private CriterionScore(Submission submission, String plugin, String inputsHash) {
        this.submission = submission;
        this.plugin = plugin;
        this.inputsHash = inputsHash;
        this.scoredAt = Instant.now();
    }

    public static CriterionScore computed(Submission submission, String plugin, String inputsHash,
                                          org.partnerfit.spi.Score score) {
        CriterionScore s = new CriterionScore(submission, plugin, inputsHash);
        s.scoreValue = score.value();
        s.confidence = score.confidence();
        s.rationaleEn = score.rationale().en();
        s.rationaleZh = score.rationale().zh();
        s.redFlagsEn = String.join("\n", score.redFlags().stream().map(org.partnerfit.spi.Text::en).toList());
        s.redFlagsZh = String.join("\n", score.redFlags().stream().map(org.partnerfit.spi.Text::zh).toList());
        return s;
    }

    public static CriterionScore failed(Submission submission, String plugin, String inputsHash, Text reason) {
        CriterionScore s = new CriterionScore(submission, plugin, inputsHash);
        s.failed = true;
        s.failureReason = upTo2000(reason.en());
        s.failureReasonZh = upTo2000(reason.zh());
        return s;
    }

    private static String upTo2000(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    public Submission getSubmission() {
        return submission;
    }

    public String getPlugin() {
        return plugin;
    }

    public String getInputsHash() {
        return inputsHash;
    }

    public Double getValue() {
        return scoreValue;
    }

    public Double getConfidence() {
        return confidence;
    }

    public String getRationaleEn() {
        return rationaleEn;
    }

    public String getRationaleZh() {
        return rationaleZh;
    }

    public String getRedFlagsEn() {
        return redFlagsEn;
    }

    public String getRedFlagsZh() {
        return redFlagsZh;
    }

    public boolean isFailed() {
        return failed;
    }

    /** Why the scorer failed, in both languages (English alone for failures recorded before both were kept); null if it did not. */
    public Text getFailureReason() {
        return failureReason == null ? null : Text.of(failureReason, failureReasonZh == null ? failureReason : failureReasonZh);
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
