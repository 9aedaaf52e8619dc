package org.partnerfit.assessment.application;

import java.time.LocalDate;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.PartnerGrant;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.domain.PluginArtifact;
import org.partnerfit.shared.EmailAddresses;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.Wording;
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
        description = org.partnerfit.shared.LineBreaks.unified(description);
        Map<String, Wording> problems = new java.util.LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", Wording.of("newAssessment.nameRequired"));
        } else if (name.length() > 200) {
            problems.put("name", Wording.of("newAssessment.nameLong", 200));
        }
        if (description != null && description.length() > 4000) {
            problems.put("description", Wording.of("newAssessment.descriptionLong", 4000));
        }
        Assessment.dueDateProblem(dueDate, AssessmentLifecycle.today()).ifPresent(problem -> problems.put("dueDate", problem));
        Map<String, Integer> chosen = new java.util.TreeMap<>();
        (weights == null ? Map.<String, Integer>of() : weights).forEach((pluginId, weight) -> {
            if (weight != null && (weight < 0 || weight > 100)) {
                problems.put(pluginId, Wording.of("newAssessment.weightOutOfRange", weight));
            } else if (weight != null && weight > 0) {
                chosen.put(pluginId, weight);
            }
        });
        problems.putAll(catalogue.switchedOff(tenant, chosen.keySet()));
        long total = chosen.values().stream().mapToLong(Integer::longValue).sum();
        if (chosen.isEmpty()) {
            problems.put("weights", Wording.of("newAssessment.noCriterion"));
        } else if (total != 100) {
            problems.put("weights", Wording.of("newAssessment.weightsTotal", total));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Wording.of("newAssessment.refused"), problems);
        }
        Assessment assessment = new Assessment(name.trim(), description, dueDate);
        chosen.forEach((pluginId, weight) -> {
            PluginArtifact pinned = plugins.latest(pluginId).orElseThrow(() -> new InvalidInputException(
                    Wording.of("newAssessment.criterionNotInstalled", pluginId), pluginId, Wording.of("problem.notInstalled")));
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
        // One invitation at a time per assessment: two at once would both pass the check below.
        em.lock(assessment, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        contactEmail = checkedInvitation(assessment, firmName, contactEmail);
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

    /**
     * Refuses what {@link #invite} would refuse, before anything else is done for it (the portal
     * creates the contact's account first, and would otherwise make one for nothing).
     */
    public void checkInvitation(TenantId tenant, long assessmentId, String firmName, String contactEmail) {
        tenancy.enter(em, tenant);
        checkedInvitation(load(assessmentId), firmName, contactEmail);
    }

    /** The contact's address as it is kept, once the assessment can take the invitation. */
    private String checkedInvitation(Assessment assessment, String firmName, String contactEmail) {
        if (assessment.getStatus() != org.partnerfit.assessment.domain.AssessmentStatus.DRAFT
                && assessment.getStatus() != org.partnerfit.assessment.domain.AssessmentStatus.OPEN) {
            throw new org.partnerfit.shared.StateConflictException(Wording.of("invite.onlyDraftOrOpen",
                    assessment.getStatus().wording()), "assessment");
        }
        if (firmName == null || firmName.isBlank() || firmName.length() > 200) {
            throw new InvalidInputException(Wording.of("invite.firmRequired", 200), "firmName", Wording.of("problem.required"));
        }
        String address = EmailAddresses.cleaned(contactEmail);
        if (address == null || address.length() > Invitation.MAX_EMAIL_LENGTH || !EmailAddresses.wellFormed(address)) {
            throw new InvalidInputException(Wording.of("invite.emailRequired", Invitation.MAX_EMAIL_LENGTH),
                    "contactEmail", Wording.of("problem.notAnEmail"));
        }
        if (!EmailAddresses.deliverable(address)) {
            throw new InvalidInputException(EmailAddresses.undeliverableProblem(address),
                    "contactEmail", Wording.of("problem.cannotBeMailed"));
        }
        // A second click, a retry or the same address typed in other letters: the firm would be
        // ranked twice, one row never answered, and its contact mailed twice.
        for (Invitation i : em.createNamedQuery("Invitation.ofAssessment", Invitation.class)
                .setParameter("assessment", assessment).getResultList()) {
            boolean sameAddress = i.getContactEmail().equalsIgnoreCase(address);
            if (sameAddress || i.getFirmName().strip().equalsIgnoreCase(firmName.strip())) {
                throw new org.partnerfit.shared.StateConflictException(Wording.of("invite.alreadyInvited",
                        i.getFirmName(), i.getContactEmail()), sameAddress ? "contactEmail" : "firmName");
            }
        }
        return address;
    }

    /** Opens a draft to its invited partners; the questionnaires asked are kept with it from now on. */
    public void open(TenantId tenant, long assessmentId) {
        tenancy.enter(em, tenant);
        Assessment assessment = load(assessmentId);
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
