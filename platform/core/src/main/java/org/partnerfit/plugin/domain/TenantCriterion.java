package org.partnerfit.plugin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.persistence.TenantOwned;

/** A criterion plugin as one client sees it: switched on or off, and its default weight. */
@Entity
@Table(name = "tenant_criterion")
@NamedQuery(name = "TenantCriterion.all", query = "select c from TenantCriterion c")
@NamedQuery(name = "TenantCriterion.ofPlugin", query = "select c from TenantCriterion c where c.pluginId = :plugin")
public class TenantCriterion extends TenantOwned {

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private int defaultWeight;

    protected TenantCriterion() {
    }

    public TenantCriterion(String pluginId) {
        this.pluginId = pluginId;
    }

    public String getPluginId() {
        return pluginId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getDefaultWeight() {
        return defaultWeight;
    }

    public void setDefaultWeight(int defaultWeight) {
        if (defaultWeight < 0 || defaultWeight > 100) {
            throw new IllegalArgumentException("A weight is between 0 and 100, not " + defaultWeight + ".");
        }
        this.defaultWeight = defaultWeight;
    }
}
