package org.partnerfit.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.StateConflictException;

class AssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Assessment open(LocalDate due) {
        Assessment a = new Assessment("Search", "", due);
        a.addCriterion("culture-fit", "1.0.0", 100);
        a.open(c -> "{}");
        return a;
    }

    @Test
    void answersAreAcceptedUpToAndIncludingTheDueDate() {
        Assessment a = open(TODAY);
        assertTrue(a.acceptsAnswers(TODAY));
        assertFalse(a.acceptsAnswers(TODAY.plusDays(1)));
        assertTrue(open(null).acceptsAnswers(TODAY.plusYears(5)), "no due date, no deadline");
    }

    @Test
    void theStatusesFollowEachOther() {
        Assessment a = open(TODAY);
        assertThrows(StateConflictException.class, a::archive);
        a.close();
        assertFalse(a.acceptsAnswers(TODAY));
        a.decide();
        assertThrows(StateConflictException.class, a::close);
        a.archive();
        assertEquals(AssessmentStatus.ARCHIVED, a.getStatus());
    }

    @Test
    void extendingTheDueDateReopensAClosedAssessment() {
        Assessment a = open(TODAY);
        a.close();
        assertThrows(InvalidInputException.class, () -> a.extendDueDate(TODAY, TODAY), "not after the current one");
        assertThrows(InvalidInputException.class, () -> a.extendDueDate(TODAY.minusDays(1), TODAY));
        a.extendDueDate(TODAY.plusDays(7), TODAY);
        assertEquals(AssessmentStatus.OPEN, a.getStatus());
        assertEquals(TODAY.plusDays(7), a.getDueDate());
    }

    @Test
    void aDraftCannotBeExtendedOrClosed() {
        Assessment draft = new Assessment("Draft", "", TODAY);
        assertThrows(StateConflictException.class, () -> draft.extendDueDate(TODAY.plusDays(1), TODAY));
        assertThrows(StateConflictException.class, draft::close);
    }

    @Test
    void aDueDateIsTodayOrLaterAndAtMostTenYearsAhead() {
        assertEquals(java.util.Optional.empty(), Assessment.dueDateProblem(null, TODAY));
        assertEquals(java.util.Optional.empty(), Assessment.dueDateProblem(TODAY, TODAY));
        assertEquals(java.util.Optional.empty(), Assessment.dueDateProblem(TODAY.plusYears(10), TODAY));
        assertEquals("The due date is in the past.", Assessment.dueDateProblem(TODAY.minusDays(1), TODAY).orElseThrow().english());
        assertEquals("截止日期距今超过 10 年。",
                Assessment.dueDateProblem(TODAY.plusYears(10).plusDays(1), TODAY).orElseThrow().in(java.util.Locale.SIMPLIFIED_CHINESE));
        // JSON's dates may name years the database cannot keep.
        assertTrue(Assessment.dueDateProblem(LocalDate.parse("+5874898-01-01"), TODAY).isPresent());
        assertThrows(InvalidInputException.class, () -> open(TODAY).extendDueDate(LocalDate.parse("+5874898-01-01"), TODAY));
    }
}
