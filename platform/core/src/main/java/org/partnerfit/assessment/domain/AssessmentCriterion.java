package org.partnerfit.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.partnerfit.assessment.infrastructure.RankingChangeListener;
import org.partnerfit.persistence.TenantOwned;

/** One criterion of an assessment, pinned to the plugin version that asks and scores it. */
@Entity
@EntityListeners(RankingChangeListener.class)
@Table(name = "assessment_criterion")
public class AssessmentCriterion extends TenantOwned {

    @ManyToOne(optional = false)
    private Assessment assessment;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(name = "plugin_version", nullable = false, length = 64)
    private String pluginVersion;

    @Column(nullable = false)
    private int weight;

    /** The partner questionnaire as it was when the assessment opened, as JSON: what was asked, kept for good. */
    @jakarta.persistence.Lob
    private String questionnaireSnapshot;

    protected AssessmentCriterion() {
    }

    AssessmentCriterion(Assessment assessment, String pluginId, String pluginVersion, int weight) {
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("A weight is between 0 and 100, not " + weight + ".");
        }
        this.assessment = assessment;
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.weight = weight;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public int getWeight() {
        return weight;
    }

    public String getQuestionnaireSnapshot() {
        return questionnaireSnapshot;
    }

    void snapshot(String questionnaireJson) {
        this.questionnaireSnapshot = questionnaireJson;
    }
}
