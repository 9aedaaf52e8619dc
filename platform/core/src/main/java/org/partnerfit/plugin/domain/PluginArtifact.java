package org.partnerfit.plugin.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.partnerfit.persistence.BaseEntity;

/**
 * An installed plugin JAR. The bytes live in the database so that every node of a cluster loads
 * exactly the same plugin.
 */
@Entity
@Table(name = "plugin_artifact", uniqueConstraints = @UniqueConstraint(columnNames = {"plugin_id", "plugin_version"}))
@NamedQuery(name = "PluginArtifact.all", query = "select p from PluginArtifact p order by p.pluginId, p.installedAt")
@NamedQuery(name = "PluginArtifact.byCoordinates",
        query = "select p from PluginArtifact p where p.pluginId = :id and p.pluginVersion = :version")
public class PluginArtifact extends BaseEntity {

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(name = "plugin_version", nullable = false, length = 64)
    private String pluginVersion;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 255)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private Instant installedAt;

    protected PluginArtifact() {
    }

    public PluginArtifact(String pluginId, String pluginVersion, String sha256, String fileName, byte[] content) {
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.content = content.clone();
        this.installedAt = Instant.now();
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public String coordinates() {
        return pluginId + "@" + pluginVersion;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getInstalledAt() {
        return installedAt;
    }
}
