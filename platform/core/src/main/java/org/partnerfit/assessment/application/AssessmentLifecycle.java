package org.partnerfit.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.PartnerGrant;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * An assessment's life after it opens: draft → open → in review → decided → archived, closing
 * early, a later due date, and a repeat of the whole assessment for a periodic re-assessment.
 */
@Stateless
public class AssessmentLifecycle {

    private static final Logger LOG = Logger.getLogger(AssessmentLifecycle.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private AuditTrail audit;

    @EJB
    private PluginRegistry plugins;

    @EJB
    private CriterionCatalogue catalogue;

    @EJB
    private TenantDirectory tenants;

    @EJB
    private AssessmentLifecycle self;

    /** Stops taking answers now, before (or after) the due date. */
    public void close(TenantId tenant, long assessmentId) {
        change(tenant, assessmentId, Assessment::close, AuditAction.ASSESSMENT_CLOSED, null);
    }

    public void decide(TenantId tenant, long assessmentId) {
        change(tenant, assessmentId, Assessment::decide, AuditAction.ASSESSMENT_DECIDED, null);
    }

    public void archive(TenantId tenant, long assessmentId) {
        change(tenant, assessmentId, Assessment::archive, AuditAction.ASSESSMENT_ARCHIVED, null);
    }

    /** A later due date; one in review opens for answers again, which the audit trail says too. */
    public void extendDueDate(TenantId tenant, long assessmentId, LocalDate newDueDate) {
        tenancy.enter(em, tenant);
        Assessment assessment = Lookup.assessment(em, assessmentId);
        AssessmentStatus before = assessment.getStatus();
        assessment.extendDueDate(newDueDate, today());
        audit.record(AuditAction.DUE_DATE_EXTENDED, tenant, "assessment " + assessmentId, "until " + newDueDate
                + (before == assessment.getStatus() ? "" : ", opened again for answers (was " + before + ")"));
    }

    /**
     * A new draft with the same criteria and weights, each pinned to the newest installed version
     * of its plugin, and the same partner firms invited again.
     */
    public long repeat(TenantId tenant, long assessmentId, String newName, LocalDate dueDate) {
        tenancy.enter(em, tenant);
        Assessment original = Lookup.assessment(em, assessmentId);
        if (newName == null || newName.isBlank() || newName.length() > 200) {
            throw new InvalidInputException(Wording.of("repeat.nameRequired", 200), "name", Wording.of("problem.requiredAtMost", 200));
        }
        Assessment.dueDateProblem(dueDate, today()).ifPresent(problem -> {
            throw new InvalidInputException(problem, "dueDate", problem);
        });
        // A draft's criteria cannot be changed: one switched off since would be asked of the
        // partners, scored with a profile the Profile page no longer shows.
        java.util.Map<String, Wording> off = catalogue.switchedOff(tenant,
                original.getCriteria().stream().map(c -> c.getPluginId()).toList());
        if (!off.isEmpty()) {
            throw new InvalidInputException(Wording.of("repeat.criteriaOff"), off);
        }
        Assessment copy = original.repeat(newName.strip(), dueDate);
        original.getCriteria().forEach(c -> copy.addCriterion(c.getPluginId(),
                plugins.latest(c.getPluginId()).map(a -> a.getPluginVersion()).orElse(c.getPluginVersion()),
                c.getWeight()));
        em.persist(copy);
        em.flush();
        copy.getCriteria().forEach(c ->
                plugins.recordUse(c.getPluginId(), c.getPluginVersion(), tenant.value(), copy.getId()));
        for (Invitation invitation : em.createNamedQuery("Invitation.ofAssessment", Invitation.class)
                .setParameter("assessment", original).getResultList()) {
            Invitation again = new Invitation(copy, invitation.getFirmName(), invitation.getContactEmail());
            em.persist(again);
            em.flush();
            em.persist(new PartnerGrant(again.getContactEmail(), tenant.value(), again.getId()));
            audit.record(AuditAction.INVITATION_SENT, tenant, "invitation " + again.getId() + " to " + again.getFirmName(),
                    "assessment " + copy.getId() + " (repeat of " + assessmentId + "), contact " + again.getContactEmail());
        }
        audit.record(AuditAction.ASSESSMENT_CLONED, tenant, "assessment " + copy.getId() + " '" + copy.getName() + "'",
                "repeats assessment " + assessmentId);
        return copy.getId();
    }

    /** Hourly: open assessments whose due date has passed go to review, in every tenant. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void closeOverdue() {
        tenants.all().forEach(t -> {
            try {
                int closed = self.closeOverdue(t.getId());
                if (closed > 0) {
                    LOG.info(() -> "Closed " + closed + " overdue assessment(s) of " + t.getId());
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "Closing overdue assessments of " + t.getId() + " failed: " + e);
            }
        });
    }

    /** Closes one tenant's overdue assessments in a transaction of its own; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int closeOverdue(TenantId tenant) {
        tenancy.enter(em, tenant);
        LocalDate today = today();
        int closed = 0;
        for (Assessment a : em.createNamedQuery("Assessment.inStatus", Assessment.class)
                .setParameter("status", AssessmentStatus.OPEN).getResultList()) {
            if (a.isOverdue(today)) {
                a.close();
                audit.recordAs("system", AuditAction.ASSESSMENT_CLOSED, tenant, "assessment " + a.getId(),
                        "due date " + a.getDueDate() + " passed");
                closed++;
            }
        }
        return closed;
    }

    private void change(TenantId tenant, long assessmentId, Consumer<Assessment> step, AuditAction action, String detail) {
        tenancy.enter(em, tenant);
        Assessment assessment = Lookup.assessment(em, assessmentId);
        step.accept(assessment);
        audit.record(action, tenant, "assessment " + assessmentId, detail);
    }

    static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }
}
