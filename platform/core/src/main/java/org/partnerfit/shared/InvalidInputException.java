package org.partnerfit.shared;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/** Input was refused; {@link #problems()} maps each offending field to what is wrong with it. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInputException(String message, Map<String, String> problems) {
        super(message);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
