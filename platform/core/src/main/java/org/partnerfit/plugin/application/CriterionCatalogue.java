package org.partnerfit.plugin.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.domain.PluginArtifact;
import org.partnerfit.plugin.domain.TenantCriterion;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.domain.TenantId;

/** The installed criteria as one client sees them, and the client admin's switch for each. */
@Stateless
public class CriterionCatalogue {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private org.partnerfit.audit.AuditTrail audit;

    @jakarta.inject.Inject
    private TenantScope tenancy;

    @EJB
    private PluginRegistry plugins;

    /** Every installed criterion (newest version), with whether this tenant has switched it on. */
    public List<CatalogueEntry> catalogue(TenantId tenant) {
        tenancy.enter(em, tenant);
        Map<String, TenantCriterion> settings = em.createNamedQuery("TenantCriterion.all", TenantCriterion.class)
                .getResultStream().collect(Collectors.toMap(TenantCriterion::getPluginId, Function.identity()));
        return plugins.latestOfEach().stream().map(a -> entry(a, settings.get(a.getPluginId()))).toList();
    }

    /** The criteria this tenant has switched on. */
    public List<CatalogueEntry> enabled(TenantId tenant) {
        return catalogue(tenant).stream().filter(CatalogueEntry::enabled).toList();
    }

    public void enable(TenantId tenant, String pluginId, boolean enabled) {
        tenancy.enter(em, tenant);
        if (plugins.latest(pluginId).isEmpty()) {
            throw new NotFoundException("No criterion " + pluginId + " is installed.");
        }
        TenantCriterion setting = em.createNamedQuery("TenantCriterion.ofPlugin", TenantCriterion.class)
                .setParameter("plugin", pluginId).getResultStream().findFirst().orElseGet(() -> {
                    TenantCriterion created = new TenantCriterion(pluginId);
                    em.persist(created);
                    return created;
                });
        setting.setEnabled(enabled);
        if (!enabled) {
            // Else it came back with the criterion: defaults of 150 when the others were set to 100 meanwhile.
            setting.setDefaultWeight(0);
        }
        audit.record(enabled ? org.partnerfit.audit.AuditAction.CRITERION_ENABLED : org.partnerfit.audit.AuditAction.CRITERION_DISABLED, tenant, pluginId, null);
    }

    /**
     * Sets the weights new assessments start with. The switched-on criteria's weights must add up
     * to 100 (or all be 0: no defaults); a switched-off criterion cannot have one.
     */
    public void setDefaultWeights(TenantId tenant, Map<String, Integer> weights) {
        tenancy.enter(em, tenant);
        Map<String, TenantCriterion> settings = em.createNamedQuery("TenantCriterion.all", TenantCriterion.class)
                .getResultStream().collect(Collectors.toMap(TenantCriterion::getPluginId, Function.identity()));
        Map<String, Wording> problems = new java.util.LinkedHashMap<>();
        int total = 0;
        for (var e : weights.entrySet()) {
            int w = e.getValue() == null ? 0 : e.getValue();
            TenantCriterion setting = settings.get(e.getKey());
            if (w < 0 || w > 100) {
                problems.put(e.getKey(), Wording.of("defaults.weightOutOfRange", name(e.getKey())));
            } else if (w > 0 && (setting == null || !setting.isEnabled())) {
                problems.put(e.getKey(), Wording.of("defaults.criterionOff", name(e.getKey())));
            }
            total += Math.max(w, 0);
        }
        if (total != 0 && total != 100) {
            problems.put("weights", Wording.of("defaults.weightsTotal", total));
        }
        if (!problems.isEmpty()) {
            throw new org.partnerfit.shared.InvalidInputException(Wording.of("defaults.refused"), problems);
        }
        weights.forEach((pluginId, w) -> {
            TenantCriterion setting = settings.get(pluginId);
            if (setting != null) {
                setting.setDefaultWeight(w == null ? 0 : w);
            }
        });
        audit.record(org.partnerfit.audit.AuditAction.DEFAULT_WEIGHTS_SET, tenant, "default weights", new java.util.TreeMap<>(weights).toString());
    }

    /** A problem, under its id, for each of these criteria that is not switched on for the client (or not installed). */
    public Map<String, Wording> switchedOff(TenantId tenant, java.util.Collection<String> pluginIds) {
        java.util.Set<String> on = enabled(tenant).stream().map(CatalogueEntry::pluginId).collect(Collectors.toSet());
        Map<String, Wording> off = new java.util.LinkedHashMap<>();
        pluginIds.stream().filter(id -> !on.contains(id)).forEach(id -> off.put(id, Wording.of("newAssessment.criterionOff", name(id))));
        return off;
    }

    /** A criterion's name in both languages, for refusals; its id when it is not installed. */
    private Object name(String pluginId) {
        String version = plugins.newestVersions().get(pluginId);
        try {
            return version == null ? pluginId : plugins.name(pluginId, version);
        } catch (RuntimeException unloadable) {   // a refusal is no place to fail on a broken plugin
            return pluginId;
        }
    }

    private CatalogueEntry entry(PluginArtifact artifact, TenantCriterion setting) {
        var descriptor = plugins.plugin(artifact.getPluginId(), artifact.getPluginVersion())
                .orElseThrow(() -> new IllegalStateException(artifact.coordinates() + " vanished"))
                .descriptor();
        return new CatalogueEntry(artifact.getPluginId(), artifact.getPluginVersion(), descriptor.name(),
                descriptor.description(), setting != null && setting.isEnabled(),
                // A weight kept from before switching off cleared it (enable) counts for nothing.
                setting == null || !setting.isEnabled() ? 0 : setting.getDefaultWeight());
    }
}
