package org.partnerfit.assessment.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.ClientProfile;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.CatalogueEntry;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * What a client says about itself, once per criterion (its culture, operating model, domains,
 * stack…), and every assessment's scoring reuses: the plugins' client-profile questionnaires.
 */
@Stateless
public class ClientProfiles {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private CriterionCatalogue catalogue;

    @EJB
    private PluginRegistry plugins;

    @EJB
    private AuditTrail audit;

    /** One form per switched-on criterion that asks the client anything, with the answers saved so far. */
    public List<ProfileForm> forms(TenantId tenant) {
        List<ProfileForm> forms = new ArrayList<>();
        for (CatalogueEntry entry : catalogue.enabled(tenant)) {
            Questionnaire questionnaire = questionnaire(entry.pluginId());
            if (!questionnaire.questions().isEmpty()) {
                tenancy.enter(em, tenant);
                forms.add(new ProfileForm(entry.pluginId(), entry.name(), questionnaire, saved(entry.pluginId())));
            }
        }
        return forms;
    }

    /** Saves the profile answers for one criterion; values must be valid, questions may stay open. */
    public void save(TenantId tenant, String pluginId, Answers answers) {
        Answers checked = AnswerValidation.check(questionnaire(pluginId), answers, false);
        tenancy.enter(em, tenant);
        em.createNamedQuery("ClientProfile.ofPlugin", ClientProfile.class).setParameter("plugin", pluginId)
                .getResultStream().findFirst()
                .ifPresentOrElse(p -> p.update(checked), () -> em.persist(new ClientProfile(pluginId, checked)));
        audit.record(AuditAction.CLIENT_PROFILE_SAVED, tenant, "client profile " + pluginId, null);
    }

    private Answers saved(String pluginId) {
        return em.createNamedQuery("ClientProfile.ofPlugin", ClientProfile.class).setParameter("plugin", pluginId)
                .getResultStream().findFirst().map(ClientProfile::getAnswers).orElse(Answers.NONE);
    }

    private Questionnaire questionnaire(String pluginId) {
        return plugins.latest(pluginId).flatMap(a -> plugins.plugin(a.getPluginId(), a.getPluginVersion()))
                .orElseThrow(() -> new NotFoundException("No criterion " + pluginId + " is installed."))
                .plugin().clientProfileQuestionnaire();
    }
}
