package org.partnerfit.api;

import java.util.Optional;

import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Pages;
import org.partnerfit.shared.Wording;

/**
 * The {@code ?page=} (from 1) and {@code ?size=} of a list endpoint. Without either the caller
 * asks for the whole list; with one or both, for one page, and a value out of range is a 400
 * that says what fits.
 */
record PageRequest(int page, int size) {

    static Optional<PageRequest> of(String page, String size, int defaultSize, int maxSize) {
        if (page == null && size == null) {
            return Optional.empty();
        }
        return Optional.of(new PageRequest(whole("page", page, 1, 1, Integer.MAX_VALUE), whole("size", size, defaultSize, 1, maxSize)));
    }

    /** This page, or the last one when this is past the end (one page even of nothing). */
    int within(long total) {
        return Pages.within(page, total, size);
    }

    private static int whole(String name, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a number out of range
        }
        throw new InvalidInputException(Wording.of("page.parameterRange", name, min, max),
                name, Wording.of("problem.notWholeNumberFromTo", min, max));
    }
}
