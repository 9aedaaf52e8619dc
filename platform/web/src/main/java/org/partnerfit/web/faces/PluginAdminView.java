package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.application.PluginRejectedException;
import org.partnerfit.plugin.domain.PluginArtifact;
import org.partnerfit.web.security.Caller;
import org.primefaces.model.file.UploadedFile;

/** The operator's plugin shelf: what is installed, upload a JAR, uninstall a version. */
@Named
@ViewScoped
public class PluginAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PluginAdminView.class.getName());
    /** As the API's limit for a plugin JAR. */
    private static final long MAX_JAR_BYTES = 20L * 1024 * 1024;

    @EJB
    private PluginRegistry registry;

    @Inject
    private Caller caller;

    private transient UploadedFile file;
    private transient List<PluginArtifact> installed;

    public List<PluginArtifact> getInstalled() {
        if (installed == null) {
            installed = registry.installed();
        }
        return installed;
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            FacesResponses.error(FacesResponses.text("plugins.noFile"), java.util.Map.of());
            return;
        }
        if (file.getSize() > MAX_JAR_BYTES) {
            FacesResponses.error(FacesResponses.text("plugins.refused") + " " + file.getFileName() + " "
                    + FacesResponses.text("plugins.tooLarge"), java.util.Map.of());
            return;
        }
        try {
            PluginArtifact artifact = registry.install(file.getContent(), file.getFileName());
            LOG.info(() -> caller.getName() + " installed " + artifact.coordinates());
            FacesResponses.info(FacesResponses.text("plugins.installed") + " " + artifact.coordinates());
        } catch (PluginRejectedException e) {
            FacesResponses.error(FacesResponses.text("plugins.refused") + " " + e.message(FacesResponses.locale()), java.util.Map.of());
        }
        installed = null;
    }

    public void uninstall(String id, String version) {
        try {
            registry.uninstall(id, version);
            LOG.info(() -> caller.getName() + " uninstalled " + id + "@" + version);
            FacesResponses.info(FacesResponses.text("plugins.uninstalled") + " " + id + "@" + version);
        } catch (PluginRejectedException e) {
            FacesResponses.error(e.message(FacesResponses.locale()), java.util.Map.of());
        }
        installed = null;
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    public String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String shortHash(String sha256) {
        return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
