package org.partnerfit.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Text;

class QuestionFormTest {

    @Test
    void aTextAnswersLineBreaksAreKeptAsTheBrowserCountedThem() {
        QuestionForm form = new QuestionForm();
        form.fill(List.of(Question.text("story", Text.of("Tell us", "请讲述"), null)), Answers.NONE, true);
        form.getValues().put("story", "  one\r\ntwo\r\n ");
        assertEquals(List.of("one\ntwo"), form.answers().all("story"));
    }
}
