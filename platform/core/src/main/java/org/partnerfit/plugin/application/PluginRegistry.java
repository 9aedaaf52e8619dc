package org.partnerfit.plugin.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.plugin.domain.PluginArtifact;
import org.partnerfit.plugin.domain.PluginRelease;
import org.partnerfit.plugin.domain.PluginUse;
import org.partnerfit.plugin.domain.SemanticVersion;
import org.partnerfit.plugin.infrastructure.LoadedPlugin;
import org.partnerfit.plugin.infrastructure.PluginJar;
import org.partnerfit.shared.Wording;

/**
 * The installed criterion plugins. The database holds the JARs; this node keeps one loaded
 * instance per {@code id@version}, loading it from the database the first time it is needed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    private final Map<String, LoadedPlugin> loaded = new ConcurrentHashMap<>();

    @jakarta.inject.Inject
    private NewestPluginVersions newest;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private org.partnerfit.audit.AuditTrail audit;

    /**
     * Installs a plugin JAR; refuses one that is broken, whose id@version is already installed, or
     * whose id@version was installed before with other content.
     */
    public PluginArtifact install(byte[] content, String uploadedName) {
        // Shown and stored, never used as a path: the last segment, plain characters, at most 120 of them.
        String fileName = org.partnerfit.assessment.domain.FileNames.sanitise(uploadedName, "jar");
        try {
            PluginArtifact artifact = installChecked(content, fileName);
            audit.record(org.partnerfit.audit.AuditAction.PLUGIN_INSTALLED, null, artifact.coordinates(), fileName + " sha256=" + artifact.getSha256());
            return artifact;
        } catch (PluginRejectedException e) {
            audit.record(org.partnerfit.audit.AuditAction.PLUGIN_REFUSED, null, fileName, e.getMessage());
            throw e;
        }
    }

    private PluginArtifact installChecked(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new PluginRejectedException(Wording.of("plugin.empty", fileName));
        }
        LoadedPlugin plugin = PluginJar.open(content, fileName);
        String id = plugin.descriptor().id();
        String version = plugin.descriptor().version();
        if (artifact(id, version).isPresent()) {
            closeQuietly(plugin);
            throw PluginRejectedException.conflict(Wording.of("plugin.alreadyInstalled", plugin.coordinates()));
        }
        PluginRelease release = em.find(PluginRelease.class, plugin.coordinates());
        if (release == null) {
            em.persist(new PluginRelease(plugin.coordinates(), plugin.sha256()));
        } else if (!release.getSha256().equals(plugin.sha256())) {
            closeQuietly(plugin);
            throw PluginRejectedException.conflict(Wording.of("plugin.otherBytes", plugin.coordinates(), release.getSha256()));
        }
        PluginArtifact artifact = new PluginArtifact(id, version, plugin.sha256(), fileName, content);
        em.persist(artifact);
        newest.forget();
        // Only read to check it: kept now, it would outlive an install that is then rolled back.
        // Its first use loads it from the database, as on every other node.
        closeQuietly(plugin);
        LOG.info(() -> "Installed plugin " + plugin.coordinates() + " from " + fileName + " sha256=" + plugin.sha256());
        return artifact;
    }

    /**
     * Removes an installed version, unless an assessment still pins it: its partners may be
     * answering, and its scores must stay reproducible.
     */
    public void uninstall(String id, String version) {
        PluginArtifact artifact = artifact(id, version)
                .orElseThrow(() -> new PluginRejectedException(Wording.of("plugin.notInstalled", id + "@" + version)));
        List<PluginUse> uses = em.createNamedQuery("PluginUse.ofVersion", PluginUse.class)
                .setParameter("id", id).setParameter("version", version).getResultList();
        if (!uses.isEmpty()) {
            throw PluginRejectedException.conflict(Wording.of("plugin.inUse", artifact.coordinates(), uses.size(),
                    uses.stream().map(PluginUse::getTenantId).distinct().sorted().collect(java.util.stream.Collectors.joining(", "))));
        }
        em.remove(artifact);
        newest.forget();
        LoadedPlugin plugin = loaded.remove(artifact.coordinates());
        if (plugin != null) {
            closeQuietly(plugin);
        }
        LOG.info(() -> "Uninstalled plugin " + artifact.coordinates());
        audit.record(org.partnerfit.audit.AuditAction.PLUGIN_UNINSTALLED, null, artifact.coordinates(), null);
    }

    /** Records that an assessment pins a plugin version, so the version cannot be uninstalled under it. */
    public void recordUse(String id, String version, String tenantId, long assessmentId) {
        em.persist(new PluginUse(id, version, tenantId, assessmentId));
    }

    public List<PluginArtifact> installed() {
        return em.createNamedQuery("PluginArtifact.all", PluginArtifact.class).getResultList();
    }

    public Optional<PluginArtifact> artifact(String id, String version) {
        return em.createNamedQuery("PluginArtifact.byCoordinates", PluginArtifact.class)
                .setParameter("id", id).setParameter("version", version)
                .getResultStream().findFirst();
    }

    /** The newest installed version of a plugin. */
    public Optional<PluginArtifact> latest(String id) {
        return installed().stream()
                .filter(p -> p.getPluginId().equals(id))
                .max(Comparator.comparing(p -> SemanticVersion.parse(p.getPluginVersion())));
    }

    /** The newest installed version of every plugin, by plugin id. */
    public List<PluginArtifact> latestOfEach() {
        return installed().stream()
                .collect(java.util.stream.Collectors.groupingBy(PluginArtifact::getPluginId,
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.maxBy(Comparator.comparing(p -> SemanticVersion.parse(p.getPluginVersion())))))
                .values().stream().flatMap(Optional::stream).toList();
    }

    /**
     * The newest installed version of each plugin by id, as {@link #latestOfEach}, read from the
     * database at most once a second: an install on this node shows at once, one on another node
     * within that second.
     */
    public Map<String, String> newestVersions() {
        long now = System.nanoTime();
        Map<String, String> known = newest.fresh(now);
        if (known == null) {
            Map<String, String> versions = new java.util.HashMap<>();
            latestOfEach().forEach(a -> versions.put(a.getPluginId(), a.getPluginVersion()));
            known = newest.remember(versions, now);
        }
        return known;
    }

    /** The running plugin for {@code id@version}, loaded from the database on first use on this node. */
    public Optional<LoadedPlugin> plugin(String id, String version) {
        LoadedPlugin cached = loaded.get(id + "@" + version);
        if (cached != null) {
            return Optional.of(cached);
        }
        return artifact(id, version).map(a -> loaded.computeIfAbsent(a.coordinates(),
                key -> PluginJar.open(a.getContent(), a.getFileName())));
    }

    /** The criterion's name as people read it, or its id when {@code id@version} cannot be loaded. */
    public org.partnerfit.spi.Text name(String id, String version) {
        return plugin(id, version).map(p -> p.descriptor().name()).orElse(org.partnerfit.spi.Text.of(id, id));
    }

    private static void closeQuietly(LoadedPlugin plugin) {
        try {
            plugin.classLoader().close();
        } catch (java.io.IOException ignored) {
            // a class loader that was never used to load more than the descriptor
        }
    }
}
