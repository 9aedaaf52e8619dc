package org.partnerfit.web.faces;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.plugin.application.CatalogueEntry;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.web.security.Caller;

/** The client admin's catalogue of installed criteria, each switched on or off for the organisation. */
@Named
@RequestScoped
public class CriteriaView {

    @EJB
    private CriterionCatalogue catalogue;

    @Inject
    private Caller caller;

    private List<CatalogueEntry> entries;
    private final java.util.Map<String, Integer> weights = new java.util.LinkedHashMap<>();

    public List<CatalogueEntry> getEntries() {
        if (entries == null) {
            entries = caller.tenant().map(catalogue::catalogue).orElse(List.of());
        }
        return entries;
    }

    /** Saves the weights new assessments start with; they must add up to 100 over the switched-on criteria. */
    public void saveWeights() {
        caller.tenant().ifPresent(tenant -> {
            try {
                catalogue.setDefaultWeights(tenant, weights);
                FacesResponses.info(FacesResponses.text("criteria.weightsSaved"));
            } catch (org.partnerfit.shared.InvalidInputException e) {
                FacesResponses.refused(e, true);
            }
        });
        entries = null;
    }

    /** The weight fields, filled with the saved defaults on first use. */
    public java.util.Map<String, Integer> getWeights() {
        if (weights.isEmpty()) {
            getEntries().stream().filter(CatalogueEntry::enabled).forEach(e -> weights.put(e.pluginId(), e.defaultWeight()));
        }
        return weights;
    }

    /**
     * Switches the criterion the clicked button showed to the state it offered, both posted with
     * the click: the catalogue read now may differ from the page (a criterion switched in another
     * tab, or installed since), and a row's place would then name another criterion or state.
     */
    public void toggle() {
        java.util.Map<String, String> posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String pluginId = posted.get("criterion");
        boolean enabled = Boolean.parseBoolean(posted.get("switchOn"));
        caller.tenant().ifPresent(tenant -> {
            try {
                catalogue.enable(tenant, pluginId == null ? "" : pluginId, enabled);
                String name = catalogue.catalogue(tenant).stream().filter(e -> e.pluginId().equals(pluginId)).findFirst()
                        .map(e -> e.name().in(FacesResponses.locale())).orElse(pluginId);
                FacesResponses.info(FacesResponses.text(enabled ? "criteria.enabled" : "criteria.disabled") + " " + name);
            } catch (org.partnerfit.shared.NotFoundException e) {   // uninstalled since the page was shown
                FacesResponses.error(FacesResponses.text("criteria.notInstalled") + " " + pluginId, java.util.Map.of());
            }
        });
        entries = null;
    }
}
