package org.partnerfit.web.faces;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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

    public List<CatalogueEntry> getEntries() {
        if (entries == null) {
            entries = caller.tenant().map(catalogue::catalogue).orElse(List.of());
        }
        return entries;
    }

    public void toggle(String pluginId, boolean enabled) {
        caller.tenant().ifPresent(tenant -> {
            catalogue.enable(tenant, pluginId, enabled);
            FacesResponses.info(FacesResponses.text(enabled ? "criteria.enabled" : "criteria.disabled") + " " + pluginId);
        });
        entries = null;
    }
}
