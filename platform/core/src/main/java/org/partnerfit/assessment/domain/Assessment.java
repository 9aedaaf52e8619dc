package org.partnerfit.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.partnerfit.assessment.infrastructure.RankingChangeListener;
import org.partnerfit.persistence.TenantOwned;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.StateConflictException;
import org.partnerfit.shared.Wording;

/** A client's search for a partner: which criteria count, how much, and by when partners answer. */
@Entity
@EntityListeners(RankingChangeListener.class)
@Table(name = "assessment")
@NamedQuery(name = "Assessment.all", query = "select a from Assessment a order by a.createdAt desc")
// Loads by id through JPQL so EclipseLink always adds the tenant criterion.
@NamedQuery(name = "Assessment.byId", query = "select a from Assessment a where a.id = :id")
@NamedQuery(name = "Assessment.inStatus", query = "select a from Assessment a where a.status = :status")
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

    /** How far ahead a due date may lie. */
    public static final int MAX_YEARS_AHEAD = 10;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant statusChangedAt;

    /** The assessment this one repeats, for periodic re-assessments. */
    private Long clonedFrom;

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
            throw new StateConflictException(Wording.of("assessment.openOnlyDraft", status.wording()), "status");
        }
        if (criteria.isEmpty()) {
            throw new StateConflictException(Wording.of("assessment.openWithoutCriteria"), "status");
        }
        criteria.forEach(c -> c.snapshot(questionnaires.apply(c)));
        moveTo(AssessmentStatus.OPEN);
    }

    /** Stops taking answers (early, or once the due date has passed) so assessors can review. */
    public void close() {
        require(AssessmentStatus.OPEN, "closed");
        moveTo(AssessmentStatus.IN_REVIEW);
    }

    /** Records that the client has decided; results stay readable, nothing changes any more. */
    public void decide() {
        require(AssessmentStatus.IN_REVIEW, "decided");
        moveTo(AssessmentStatus.DECIDED);
    }

    /** Puts a decided assessment away: out of the working lists, kept for the record. */
    public void archive() {
        require(AssessmentStatus.DECIDED, "archived");
        moveTo(AssessmentStatus.ARCHIVED);
    }

    /**
     * What is wrong with a due date chosen today, if anything: a date in the past, or one further
     * ahead than any assessment runs (which could also lie beyond the years the database stores).
     */
    public static java.util.Optional<Wording> dueDateProblem(LocalDate due, LocalDate today) {
        if (due != null && due.isBefore(today)) {
            return java.util.Optional.of(Wording.of("assessment.dueDatePast"));
        }
        if (due != null && due.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            return java.util.Optional.of(Wording.of("assessment.dueDateTooFar", MAX_YEARS_AHEAD));
        }
        return java.util.Optional.empty();
    }

    /**
     * Gives partners until {@code newDueDate}; an assessment in review opens again, since the
     * point of extending is to let answers in.
     */
    public void extendDueDate(LocalDate newDueDate, LocalDate today) {
        if (status != AssessmentStatus.OPEN && status != AssessmentStatus.IN_REVIEW) {
            throw new StateConflictException(Wording.of("assessment.extendOnlyOpenOrClosed", status.wording()), "status");
        }
        if (newDueDate == null) {
            throw dueDateRefused(Wording.of("assessment.extendDateMissing"));
        }
        if (newDueDate.isBefore(today)) {
            throw dueDateRefused(Wording.of("assessment.extendNotBeforeToday"));
        }
        dueDateProblem(newDueDate, today).ifPresent(problem -> {
            throw dueDateRefused(problem);
        });
        if (dueDate != null && !newDueDate.isAfter(dueDate)) {
            throw dueDateRefused(Wording.of("assessment.extendAfterCurrent", dueDate));
        }
        dueDate = newDueDate;
        if (status == AssessmentStatus.IN_REVIEW) {
            moveTo(AssessmentStatus.OPEN);
        }
    }

    /** A new draft asking the same criteria with the same weights, for a periodic re-assessment. */
    public Assessment repeat(String newName, LocalDate newDueDate) {
        Assessment copy = new Assessment(newName, description, newDueDate);
        copy.clonedFrom = getId();
        return copy;
    }

    /** Open, and the due date (inclusive) not yet passed. */
    public boolean acceptsAnswers(LocalDate today) {
        return status == AssessmentStatus.OPEN && !isOverdue(today);
    }

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && today.isAfter(dueDate);
    }

    private static InvalidInputException dueDateRefused(Wording problem) {
        return new InvalidInputException(problem, "dueDate", problem);
    }

    private void require(AssessmentStatus expected, String verb) {
        if (status != expected) {
            throw new StateConflictException(Wording.of("assessment." + verb + "OnlyFrom", status.wording()), "status");
        }
    }

    private void moveTo(AssessmentStatus next) {
        status = next;
        statusChangedAt = Instant.now();
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

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Long getClonedFrom() {
        return clonedFrom;
    }

    /** By plugin id, however they were read: a fetch join does not promise the mapping's order. */
    public List<AssessmentCriterion> getCriteria() {
        return criteria.stream().sorted(java.util.Comparator.comparing(AssessmentCriterion::getPluginId)).toList();
    }
}
