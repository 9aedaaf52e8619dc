package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.QuestionType;

/**
 * A questionnaire on a page (WEB-INF/questions.xhtml draws it): the form's values per question,
 * the problems per question from the last refused save, and which questions are shown.
 */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient List<Question> questions = List.of();
    /** Per question key: a String, or for multiple choice the selected values (array or list). */
    private final Map<String, Object> values = new HashMap<>();
    private Map<String, String> problems = Map.of();
    private boolean editable;

    /** Shows a questionnaire with the answers saved so far. */
    public void fill(List<Question> questions, Answers answers, boolean editable) {
        this.questions = List.copyOf(questions);
        this.editable = editable;
        values.clear();
        for (Question q : questions) {
            List<String> answer = answers.all(q.key());
            if (!answer.isEmpty()) {
                values.put(q.key(), q.type() == QuestionType.MULTI_CHOICE ? answer.toArray(String[]::new) : answer.get(0));
            }
        }
    }

    /** The form's values as answers: blanks dropped, text trimmed, multiple choices as lists. */
    public Answers answers() {
        Map<String, List<String>> result = new HashMap<>();
        values.forEach((key, value) -> {
            List<String> list;
            if (value instanceof Object[] many) {
                list = java.util.Arrays.stream(many).map(String::valueOf).toList();
            } else if (value instanceof java.util.Collection<?> many) {
                list = many.stream().map(String::valueOf).toList();
            } else {
                String text = value == null ? "" : org.partnerfit.shared.LineBreaks.unified(String.valueOf(value)).trim();
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
        return questions.stream().anyMatch(o -> o.showIf() != null && o.showIf().questionKey().equals(q.key()));
    }

    /** How many of the questions shown now (files aside) have an answer, and how many are shown. */
    public int getAnswered() {
        Answers now = answers();
        return (int) answerable().stream().filter(q -> !now.all(q.key()).isEmpty()).count();
    }

    public int getShownCount() {
        return answerable().size();
    }

    private List<Question> answerable() {
        return questions.stream().filter(q -> q.type() != QuestionType.EVIDENCE && shown(q)).toList();
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public Map<String, Object> getValues() {
        return values;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public void setProblems(Map<String, String> problems) {
        this.problems = Map.copyOf(problems);
    }

    public boolean isEditable() {
        return editable;
    }
}
