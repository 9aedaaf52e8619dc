package org.partnerfit.assessment.application;

import java.time.LocalDate;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.assessment.domain.ClientProfile;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.PartnerGrant;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.domain.PluginArtifact;
import org.partnerfit.shared.EmailAddresses;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.spi.Answers;
import org.partnerfit.tenancy.domain.TenantId;

/** A client prepares assessments: criteria and weights, its own profile, the invited partner firms. */
@Stateless
public class AssessmentSetup {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private org.partnerfit.audit.AuditTrail audit;

    @jakarta.inject.Inject
    private TenantScope tenancy;

    @EJB
    private PluginRegistry plugins;

    @EJB
    private org.partnerfit.plugin.application.CriterionCatalogue catalogue;

    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<PartnerInvited> invited;

    /**
     * Creates a draft assessment of criteria the tenant has switched on, weighted to a total of
     * 100, each pinned to the newest installed version of its plugin.
     */
    public long create(TenantId tenant, String name, String description, LocalDate dueDate, Map<String, Integer> weights) {
        tenancy.enter(em, tenant);
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", "An assessment needs a name.");
        } else if (name.length() > 200) {
            problems.put("name", "A name has at most 200 characters.");
        }
        if (description != null && description.length() > 4000) {
            problems.put("description", "A description has at most 4000 characters.");
        }
        Assessment.dueDateProblem(dueDate, AssessmentLifecycle.today()).ifPresent(problem -> problems.put("dueDate", problem));
        Map<String, Integer> chosen = new java.util.TreeMap<>();
        (weights == null ? Map.<String, Integer>of() : weights).forEach((pluginId, weight) -> {
            if (weight != null && (weight < 0 || weight > 100)) {
                problems.put(pluginId, "A weight is between 0 and 100, not " + weight + ".");
            } else if (weight != null && weight > 0) {
                chosen.put(pluginId, weight);
            }
        });
        java.util.Set<String> enabled = catalogue.enabled(tenant).stream()
                .map(org.partnerfit.plugin.application.CatalogueEntry::pluginId).collect(java.util.stream.Collectors.toSet());
        chosen.keySet().stream().filter(id -> !enabled.contains(id))
                .forEach(id -> problems.put(id, "Criterion " + id + " is not switched on for this organisation."));
        long total = chosen.values().stream().mapToLong(Integer::longValue).sum();
        if (chosen.isEmpty()) {
            problems.put("weights", "Choose at least one criterion.");
        } else if (total != 100) {
            problems.put("weights", "The weights add up to " + total + "; they must add up to 100.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The assessment cannot be created as it is.", problems);
        }
        Assessment assessment = new Assessment(name.trim(), description, dueDate);
        chosen.forEach((pluginId, weight) -> {
            PluginArtifact pinned = plugins.latest(pluginId).orElseThrow(() -> new InvalidInputException(
                    "Criterion " + pluginId + " is not installed.", Map.of(pluginId, "not installed")));
            assessment.addCriterion(pinned.getPluginId(), pinned.getPluginVersion(), weight);
        });
        em.persist(assessment);
        em.flush();
        assessment.getCriteria().forEach(c ->
                plugins.recordUse(c.getPluginId(), c.getPluginVersion(), tenant.value(), assessment.getId()));
        audit.record(org.partnerfit.audit.AuditAction.ASSESSMENT_CREATED, tenant, "assessment " + assessment.getId() + " '" + assessment.getName() + "'",
                "criteria " + chosen);
        return assessment.getId();
    }

    /** The tenant's assessment with that name, if any: lets imports run twice without duplicates. */
    public java.util.Optional<Long> findByName(TenantId tenant, String name) {
        tenancy.enter(em, tenant);
        return em.createNamedQuery("Assessment.byName", Assessment.class).setParameter("name", name)
                .getResultStream().findFirst().map(Assessment::getId);
    }

    /** Invites a partner firm through one contact, who can then see this assessment and nothing else of the tenant. */
    public long invite(TenantId tenant, long assessmentId, String firmName, String contactEmail) {
        tenancy.enter(em, tenant);
        Assessment assessment = load(assessmentId);
        if (assessment.getStatus() != org.partnerfit.assessment.domain.AssessmentStatus.DRAFT
                && assessment.getStatus() != org.partnerfit.assessment.domain.AssessmentStatus.OPEN) {
            throw new org.partnerfit.shared.StateConflictException("Firms can be invited while an assessment is a draft or open; this one is "
                    + assessment.getStatus() + ".", "assessment");
        }
        if (firmName == null || firmName.isBlank() || firmName.length() > 200) {
            throw new InvalidInputException("The partner firm's name is required (at most 200 characters).", Map.of("firmName", "required"));
        }
        contactEmail = EmailAddresses.cleaned(contactEmail);
        if (contactEmail == null || contactEmail.length() > Invitation.MAX_EMAIL_LENGTH || !EmailAddresses.wellFormed(contactEmail)) {
            throw new InvalidInputException("A contact email is required (at most " + Invitation.MAX_EMAIL_LENGTH + " characters).",
                    Map.of("contactEmail", "not an email address"));
        }
        if (!EmailAddresses.deliverable(contactEmail)) {
            throw new InvalidInputException(EmailAddresses.undeliverableProblem(contactEmail), Map.of("contactEmail", "cannot be mailed"));
        }
        Invitation invitation = new Invitation(assessment, firmName.strip(), contactEmail);
        em.persist(invitation);
        em.flush();
        em.persist(new PartnerGrant(contactEmail, tenant.value(), invitation.getId()));
        audit.record(org.partnerfit.audit.AuditAction.INVITATION_SENT, tenant, "invitation " + invitation.getId() + " to " + firmName,
                "assessment " + assessmentId + ", contact " + invitation.getContactEmail());
        if (assessment.getStatus() == org.partnerfit.assessment.domain.AssessmentStatus.OPEN) {
            invited.fire(PartnerInvited.of(tenant, invitation));
        }
        return invitation.getId();
    }

    /** Opens a draft to its invited partners; the questionnaires asked are kept with it from now on. */
    public void open(TenantId tenant, long assessmentId) {
        tenancy.enter(em, tenant);
        Assessment assessment = load(assessmentId);
        if (assessment.getStatus() != org.partnerfit.assessment.domain.AssessmentStatus.DRAFT) {
            throw new org.partnerfit.shared.StateConflictException("Only a draft can be opened; this one is "
                    + assessment.getStatus() + ".", "status");
        }
        assessment.open(c -> QUESTIONNAIRE_JSON.toJson(plugins.plugin(c.getPluginId(), c.getPluginVersion())
                .orElseThrow(() -> new IllegalStateException(c.getPluginId() + "@" + c.getPluginVersion() + " is not installed"))
                .plugin().partnerQuestionnaire()));
        audit.record(org.partnerfit.audit.AuditAction.ASSESSMENT_OPENED, tenant, "assessment " + assessmentId, null);
        em.createNamedQuery("Invitation.ofAssessment", Invitation.class).setParameter("assessment", assessment)
                .getResultStream().forEach(i -> invited.fire(PartnerInvited.of(tenant, i)));
    }

    private static final jakarta.json.bind.Jsonb QUESTIONNAIRE_JSON = jakarta.json.bind.JsonbBuilder.create();

    private Assessment load(long assessmentId) {
        return em.createNamedQuery("Assessment.byId", Assessment.class).setParameter("id", assessmentId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No such assessment."));
    }
}
