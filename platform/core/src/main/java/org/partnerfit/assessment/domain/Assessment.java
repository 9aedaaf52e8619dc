package org.partnerfit.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.partnerfit.persistence.TenantOwned;

/** A client's search for a partner: which criteria count, how much, and by when partners answer. */
@Entity
@Table(name = "assessment")
@NamedQuery(name = "Assessment.all", query = "select a from Assessment a order by a.createdAt desc")
// Loads by id through JPQL so EclipseLink always adds the tenant criterion.
@NamedQuery(name = "Assessment.byId", query = "select a from Assessment a where a.id = :id")
@NamedQuery(name = "Assessment.byName", query = "select a from Assessment a where a.name = :name")
public class Assessment extends TenantOwned {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    private LocalDate dueDate;

    @Column(nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("pluginId")
    private List<AssessmentCriterion> criteria = new ArrayList<>();

    protected Assessment() {
    }

    public Assessment(String name, String description, LocalDate dueDate) {
        this.name = name;
        this.description = description;
        this.dueDate = dueDate;
        this.createdAt = Instant.now();
    }

    /** Adds a criterion with the plugin version it will be scored by. */
    public AssessmentCriterion addCriterion(String pluginId, String pluginVersion, int weight) {
        if (status != AssessmentStatus.DRAFT) {
            throw new IllegalStateException("Criteria can only change while the assessment is a draft.");
        }
        AssessmentCriterion criterion = new AssessmentCriterion(this, pluginId, pluginVersion, weight);
        criteria.add(criterion);
        return criterion;
    }

    /**
     * Sends the assessment to the invited partners, keeping each criterion's questionnaire as it
     * is now ({@code questionnaires} gives the JSON for a criterion).
     */
    public void open(java.util.function.Function<AssessmentCriterion, String> questionnaires) {
        if (status != AssessmentStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can be opened; this one is " + status + ".");
        }
        if (criteria.isEmpty()) {
            throw new IllegalStateException("An assessment needs at least one criterion before it opens.");
        }
        criteria.forEach(c -> c.snapshot(questionnaires.apply(c)));
        status = AssessmentStatus.OPEN;
    }

    public boolean acceptsAnswers() {
        return status == AssessmentStatus.OPEN;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<AssessmentCriterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
