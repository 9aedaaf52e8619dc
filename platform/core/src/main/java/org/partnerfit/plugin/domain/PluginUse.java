package org.partnerfit.plugin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.persistence.BaseEntity;

/**
 * That an assessment of some tenant pins a plugin version: the one fact about tenants the
 * plugin runtime needs (to refuse uninstalling a version in use), kept outside the tenant wall.
 */
@Entity
@Table(name = "plugin_use")
@NamedQuery(name = "PluginUse.ofVersion",
        query = "select u from PluginUse u where u.pluginId = :id and u.pluginVersion = :version")
public class PluginUse extends BaseEntity {

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(name = "plugin_version", nullable = false, length = 64)
    private String pluginVersion;

    @Column(nullable = false, length = 64)
    private String tenantId;

    @Column(nullable = false)
    private Long assessmentId;

    protected PluginUse() {
    }

    public PluginUse(String pluginId, String pluginVersion, String tenantId, Long assessmentId) {
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.tenantId = tenantId;
        this.assessmentId = assessmentId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }
}
