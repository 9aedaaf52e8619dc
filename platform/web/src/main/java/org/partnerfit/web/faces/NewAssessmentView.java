package org.partnerfit.web.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.AssessmentSetup;
import org.partnerfit.plugin.application.CatalogueEntry;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.security.Caller;

/** A client admin drafts an assessment: name, description, due date and a weight per switched-on criterion. */
@Named
@ViewScoped
public class NewAssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssessmentSetup setup;

    @EJB
    private CriterionCatalogue catalogue;

    @Inject
    private Caller caller;

    private String name;
    private String description;
    private LocalDate dueDate;
    private final Map<String, Integer> weights = new LinkedHashMap<>();
    private List<CatalogueEntry> criteria;
    private Map<String, String> problems = Map.of();

    public List<CatalogueEntry> getCriteria() {
        if (criteria == null) {
            criteria = caller.tenant().map(catalogue::enabled).orElse(List.of());
            // Start from the organisation's default weights, if it has set them.
            criteria.stream().filter(c -> c.defaultWeight() > 0).forEach(c -> weights.putIfAbsent(c.pluginId(), c.defaultWeight()));
        }
        return criteria;
    }

    public String create() {
        TenantId tenant = caller.tenant().orElse(null);
        if (tenant == null) {
            FacesResponses.notFound();
            return null;
        }
        try {
            long id = setup.create(tenant, name, description, dueDate, weights);
            return "/client/assessment?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            problems = e.problems(FacesResponses.locale());
            FacesResponses.error(FacesResponses.text("assessment.invalid"), Map.of());
            return null;
        }
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public Map<String, Integer> getWeights() {
        return weights;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
