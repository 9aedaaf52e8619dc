package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.PartnerAnswers;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Question;
import org.partnerfit.web.security.Caller;

/** A partner answers one criterion of one invitation: draft, save, submit. */
@Named
@ViewScoped
public class AnswerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerPortal portal;

    @Inject
    private Caller caller;

    private Long invitation;
    private String criterion;
    private PartnerAnswers current;
    private final Map<String, String> values = new HashMap<>();
    private Map<String, String> problems = Map.of();

    public void load() {
        if (invitation == null || criterion == null) {
            FacesResponses.notFound();
            return;
        }
        try {
            current = portal.answers(caller.getEmail(), invitation, criterion);
        } catch (NotFoundException e) {
            FacesResponses.notFound();
            return;
        }
        values.clear();
        current.answers().values().forEach((key, answer) -> values.put(key, String.join("\n", answer)));
    }

    public void save() {
        store(false);
    }

    public String submit() {
        return store(true) ? "/partner/invitations?faces-redirect=true" : null;
    }

    private boolean store(boolean submit) {
        Answers answers = new Answers(values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue().trim()))));
        try {
            if (submit) {
                portal.submit(caller.getEmail(), invitation, criterion, answers);
                FacesResponses.info(FacesResponses.text("answers.submitted"));
            } else {
                portal.saveDraft(caller.getEmail(), invitation, criterion, answers);
                FacesResponses.info(FacesResponses.text("answers.saved"));
            }
            problems = Map.of();
            current = portal.answers(caller.getEmail(), invitation, criterion);
            return true;
        } catch (InvalidInputException e) {
            problems = e.problems();
            FacesResponses.error(FacesResponses.text("answers.invalid"), Map.of());
            return false;
        } catch (NotFoundException e) {
            FacesResponses.notFound();
            return false;
        }
    }

    public List<Question> getQuestions() {
        return current == null ? List.of() : current.questionnaire().questions();
    }

    public PartnerAnswers getCurrent() {
        return current;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public Long getInvitation() {
        return invitation;
    }

    public void setInvitation(Long invitation) {
        this.invitation = invitation;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }
}
