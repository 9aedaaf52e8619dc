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
import org.partnerfit.spi.QuestionType;
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
    /** Per question key: a String, or for multiple choice the selected values (array or list). */
    private final Map<String, Object> values = new HashMap<>();
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
        for (Question q : current.questionnaire().questions()) {
            List<String> answer = current.answers().all(q.key());
            if (!answer.isEmpty()) {
                values.put(q.key(), q.type() == QuestionType.MULTI_CHOICE ? answer.toArray(String[]::new) : answer.get(0));
            }
        }
    }

    public void save() {
        store(false);
    }

    public String submit() {
        if (!store(true)) {
            return null;
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/partner/invitations?faces-redirect=true";
    }

    private boolean store(boolean submit) {
        Answers answers = answers();
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

    /** The form's values as answers: blanks dropped, text trimmed, multiple choices as lists. */
    private Answers answers() {
        Map<String, List<String>> result = new HashMap<>();
        values.forEach((key, value) -> {
            List<String> list;
            if (value instanceof Object[] many) {
                list = java.util.Arrays.stream(many).map(String::valueOf).toList();
            } else if (value instanceof java.util.Collection<?> many) {
                list = many.stream().map(String::valueOf).toList();
            } else {
                String text = value == null ? "" : String.valueOf(value).trim();
                list = text.isEmpty() ? List.of() : List.of(text);
            }
            if (!list.isEmpty()) {
                result.put(key, list);
            }
        });
        return new Answers(result);
    }

    /** Whether a question is asked given the answers on the form right now. */
    public boolean shown(Question q) {
        return q.shownFor(answers());
    }

    /** Whether another question's condition looks at this one, so changing it must redraw the form. */
    public boolean controls(Question q) {
        return getQuestions().stream().anyMatch(o -> o.showIf() != null && o.showIf().questionKey().equals(q.key()));
    }

    public List<Question> getQuestions() {
        return current == null ? List.of() : current.questionnaire().questions();
    }

    public PartnerAnswers getCurrent() {
        return current;
    }

    public Map<String, Object> getValues() {
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
