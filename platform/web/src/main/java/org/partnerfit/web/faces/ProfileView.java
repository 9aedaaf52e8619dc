package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.ClientProfiles;
import org.partnerfit.assessment.application.ProfileForm;
import org.partnerfit.shared.ChangedSinceReadException;
import org.partnerfit.shared.ConcurrentChangeException;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.web.security.Caller;

/** A client admin describes the organisation once per criterion; every assessment's scoring reuses it. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientProfiles profiles;

    @Inject
    private Caller caller;

    private String criterion;
    private transient List<ProfileForm> forms;
    private final QuestionForm form = new QuestionForm();
    /** The criterion's settings: its plugin's configuration options. */
    private final QuestionForm settings = new QuestionForm();
    /** The revision of the saved profile this page's next save is based on. */
    private long revision;

    public void load() {
        ProfileForm chosen = chosen();
        if (chosen != null) {
            criterion = chosen.pluginId();
            form.fill(chosen.questionnaire().questions(), chosen.answers(), true);
            settings.fill(chosen.settingsQuestionnaire().questions(), chosen.settings(), true);
            revision = chosen.revision();
        }
    }

    public void save() {
        caller.tenant().ifPresent(tenant -> {
            try {
                revision = profiles.save(tenant, criterion, form.answers(), settings.answers(), revision);
                form.setProblems(Map.of());
                settings.setProblems(Map.of());
                FacesResponses.info(FacesResponses.text("profile.saved"));
            } catch (ChangedSinceReadException e) {
                // Another admin or tab saved since this page read the profile: saving again replaces that, knowingly.
                revision = e.currentRevision();
                FacesResponses.error(FacesResponses.text("profile.changedElsewhere"), Map.of());
            } catch (InvalidInputException e) {
                Map<String, String> problems = e.problems(FacesResponses.locale());
                form.setProblems(problems);
                settings.setProblems(problems);
                FacesResponses.error(FacesResponses.text("answers.invalid"), Map.of());
            } catch (ConcurrentChangeException e) {
                FacesResponses.error(FacesResponses.text("answers.concurrentChange"), Map.of());
            } catch (org.partnerfit.shared.NotFoundException e) {   // uninstalled by an operator since the page was shown
                FacesResponses.error(FacesResponses.text("criteria.notInstalled") + " " + criterion, Map.of());
            }
        });
    }

    /** The criterion asked for, or the first one that has a profile questionnaire. */
    public ProfileForm chosen() {
        return getForms().stream().filter(f -> f.pluginId().equals(criterion)).findFirst()
                .orElse(getForms().isEmpty() ? null : getForms().get(0));
    }

    public List<ProfileForm> getForms() {
        if (forms == null) {
            forms = caller.tenant().map(profiles::forms).orElse(List.of());
        }
        return forms;
    }

    public QuestionForm getForm() {
        return form;
    }

    public QuestionForm getSettings() {
        return settings;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }
}
