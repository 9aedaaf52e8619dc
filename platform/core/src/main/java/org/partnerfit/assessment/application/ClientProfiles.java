package org.partnerfit.assessment.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.ClientProfile;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.persistence.ConcurrentChangeCheck;
import org.partnerfit.persistence.Revisions;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.CatalogueEntry;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.Wording;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Text;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * What a client says about itself, once per criterion (its culture, operating model, domains,
 * stack…), and every assessment's scoring reuses: the plugins' client-profile questionnaires.
 */
@Stateless
@Interceptors(ConcurrentChangeCheck.class) // two first saves of one profile race to create it
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

    /**
     * One form per switched-on criterion that asks the client anything, about itself or about how
     * to score, with the answers saved so far.
     */
    public List<ProfileForm> forms(TenantId tenant) {
        List<ProfileForm> forms = new ArrayList<>();
        for (CatalogueEntry entry : catalogue.enabled(tenant)) {
            ProfileForm form = form(tenant, entry.pluginId(), entry.name(), plugin(entry.pluginId()));
            if (!form.questionnaire().questions().isEmpty() || !form.settingsQuestionnaire().questions().isEmpty()) {
                forms.add(form);
            }
        }
        return forms;
    }

    /** One installed criterion's form, switched on for the client or not. */
    public ProfileForm form(TenantId tenant, String pluginId) {
        CriterionPlugin plugin = plugin(pluginId);
        return form(tenant, pluginId, plugin.descriptor().name(), plugin);
    }

    private ProfileForm form(TenantId tenant, String pluginId, Text name, CriterionPlugin plugin) {
        tenancy.enter(em, tenant);
        Optional<ClientProfile> saved = saved(pluginId);
        return new ProfileForm(pluginId, name, plugin.clientProfileQuestionnaire(),
                saved.map(ClientProfile::getAnswers).orElse(Answers.NONE), plugin.configurationOptions(),
                saved.map(ClientProfile::getSettings).orElse(Answers.NONE), Revisions.of(saved.orElse(null)));
    }

    /** Saves the profile answers for one criterion; values must be valid, questions may stay open. */
    public void save(TenantId tenant, String pluginId, Answers answers) {
        save(tenant, pluginId, answers, null);
    }

    /**
     * Saves the profile answers and the settings of one criterion, each unless it is null (then
     * what is saved stays), but not neither: values must be valid, questions may stay open.
     * Scores computed from now on use them.
     */
    public void save(TenantId tenant, String pluginId, Answers answers, Answers settings) {
        save(tenant, pluginId, answers, settings, null);
    }

    /**
     * As above, refused when the profile was saved again since {@code readRevision} was read
     * (null: whatever is saved is replaced). Returns the revision this save made.
     */
    public long save(TenantId tenant, String pluginId, Answers answers, Answers settings, Long readRevision) {
        CriterionPlugin plugin = plugin(pluginId);
        if (answers == null && settings == null) {
            throw new InvalidInputException(Wording.of("profile.nothingSent"), Map.of());
        }
        Map<String, Wording> problems = new LinkedHashMap<>();
        Answers checked = answers == null ? null : checked(plugin.clientProfileQuestionnaire(), answers, problems);
        Answers checkedSettings = settings == null ? null : checked(plugin.configurationOptions(), settings, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Wording.of("answers.needAttention"), problems);
        }
        tenancy.enter(em, tenant);
        Optional<ClientProfile> existing = saved(pluginId);
        Revisions.expect(readRevision, existing.orElse(null));
        ClientProfile profile = existing.orElseGet(() -> {
            ClientProfile created = new ClientProfile(pluginId, Answers.NONE);
            em.persist(created);
            return created;
        });
        if (checked != null) {
            profile.update(checked);
        }
        if (checkedSettings != null) {
            profile.configure(checkedSettings);
        }
        List<String> saved = new ArrayList<>();   // settings first: long text answers may fill the detail
        if (checkedSettings != null) {
            saved.add("settings " + new TreeMap<>(profile.configuration()));
        }
        if (checked != null) {
            saved.add("answers " + new TreeMap<>(checked.values()));
        }
        audit.record(AuditAction.CLIENT_PROFILE_SAVED, tenant, "client profile " + pluginId, String.join("; ", saved));
        em.flush();   // the version the save gives the profile, for the caller's next save to be based on
        return profile.getVersion();
    }

    private static Answers checked(Questionnaire questionnaire, Answers answers, Map<String, Wording> problems) {
        try {
            return AnswerValidation.check(questionnaire, answers, false);
        } catch (InvalidInputException refused) {
            problems.putAll(refused.wordedProblems());
            return Answers.NONE;
        }
    }

    private Optional<ClientProfile> saved(String pluginId) {
        return em.createNamedQuery("ClientProfile.ofPlugin", ClientProfile.class).setParameter("plugin", pluginId)
                .getResultStream().findFirst();
    }

    private CriterionPlugin plugin(String pluginId) {
        return plugins.latest(pluginId).flatMap(a -> plugins.plugin(a.getPluginId(), a.getPluginVersion()))
                .orElseThrow(() -> new NotFoundException("No criterion " + pluginId + " is installed."))
                .plugin();
    }
}
