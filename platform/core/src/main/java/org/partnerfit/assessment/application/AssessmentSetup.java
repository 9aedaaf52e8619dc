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
    private PluginRegistry plugins;

    /** Creates a draft assessment scored by the newest installed version of each criterion plugin. */
    public long create(TenantId tenant, String name, String description, LocalDate dueDate, Map<String, Integer> weights) {
        TenantScope.enter(em, tenant);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("An assessment needs a name.", Map.of("name", "required"));
        }
        Assessment assessment = new Assessment(name.trim(), description, dueDate);
        weights.forEach((pluginId, weight) -> {
            PluginArtifact pinned = plugins.latest(pluginId).orElseThrow(() -> new InvalidInputException(
                    "Criterion " + pluginId + " is not installed.", Map.of("criteria", pluginId + " is not installed")));
            assessment.addCriterion(pinned.getPluginId(), pinned.getPluginVersion(), weight);
        });
        em.persist(assessment);
        em.flush();
        return assessment.getId();
    }

    /** The tenant's assessment with that name, if any: lets imports run twice without duplicates. */
    public java.util.Optional<Long> findByName(TenantId tenant, String name) {
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("Assessment.byName", Assessment.class).setParameter("name", name)
                .getResultStream().findFirst().map(Assessment::getId);
    }

    /** Invites a partner firm through one contact, who can then see this assessment and nothing else of the tenant. */
    public long invite(TenantId tenant, long assessmentId, String firmName, String contactEmail) {
        TenantScope.enter(em, tenant);
        Assessment assessment = load(assessmentId);
        if (contactEmail == null || !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("A contact email is required.", Map.of("contactEmail", "not an email address"));
        }
        Invitation invitation = new Invitation(assessment, firmName, contactEmail);
        em.persist(invitation);
        em.flush();
        em.persist(new PartnerGrant(contactEmail, tenant.value(), invitation.getId()));
        return invitation.getId();
    }

    public void open(TenantId tenant, long assessmentId) {
        TenantScope.enter(em, tenant);
        load(assessmentId).open();
    }

    /** Saves what the client says about itself for one criterion. */
    public void saveClientProfile(TenantId tenant, String pluginId, Answers answers) {
        TenantScope.enter(em, tenant);
        em.createNamedQuery("ClientProfile.ofPlugin", ClientProfile.class).setParameter("plugin", pluginId)
                .getResultStream().findFirst()
                .ifPresentOrElse(p -> p.update(answers), () -> em.persist(new ClientProfile(pluginId, answers)));
    }

    private Assessment load(long assessmentId) {
        return em.createNamedQuery("Assessment.byId", Assessment.class).setParameter("id", assessmentId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No such assessment."));
    }
}
