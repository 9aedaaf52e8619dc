package org.partnerfit.assessment.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.persistence.AnswersConverter;
import org.partnerfit.persistence.TenantOwned;
import org.partnerfit.spi.Answers;

/**
 * What the client says about itself for one criterion, and how it set the criterion up (its
 * settings), answered once and reused by its assessments.
 */
@Entity
@Table(name = "client_profile")
@NamedQuery(name = "ClientProfile.ofPlugin", query = "select p from ClientProfile p where p.pluginId = :plugin")
public class ClientProfile extends TenantOwned {

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Lob
    @Convert(converter = AnswersConverter.class)
    @Column(nullable = false)
    private Answers answers;

    /** The criterion's configuration as the client admin set it (the plugin's configuration options). */
    @Lob
    @Convert(converter = AnswersConverter.class)
    private Answers settings;

    @Column(nullable = false)
    private Instant updatedAt;

    protected ClientProfile() {
    }

    public ClientProfile(String pluginId, Answers answers) {
        this.pluginId = pluginId;
        update(answers);
    }

    public void update(Answers answers) {
        this.answers = answers;
        this.updatedAt = Instant.now();
    }

    public void configure(Answers settings) {
        this.settings = settings;
        this.updatedAt = Instant.now();
    }

    public String getPluginId() {
        return pluginId;
    }

    public Answers getAnswers() {
        return answers;
    }

    public Answers getSettings() {
        return settings == null ? Answers.NONE : settings;
    }

    /** The settings as a scorer reads them ({@code ScoringInput.configuration}): each option's value. */
    public Map<String, String> configuration() {
        Map<String, String> configuration = new HashMap<>();
        getSettings().values().forEach((key, values) -> {
            if (!values.isEmpty()) {
                configuration.put(key, String.join(",", values));
            }
        });
        return configuration;
    }
}
