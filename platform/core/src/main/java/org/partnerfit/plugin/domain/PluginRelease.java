package org.partnerfit.plugin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The content an {@code id@version} was installed with, kept after it is uninstalled. Each
 * node keeps the plugins it has loaded by {@code id@version}, so a version may come back only with
 * the same bytes: with others, a node that had loaded it would go on running the earlier build.
 */
@Entity
@Table(name = "plugin_release")
public class PluginRelease {

    @Id
    @Column(length = 129)
    private String coordinates;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected PluginRelease() {
    }

    public PluginRelease(String coordinates, String sha256) {
        this.coordinates = coordinates;
        this.sha256 = sha256;
    }

    public String getSha256() {
        return sha256;
    }
}
