package org.partnerfit.shared;

import jakarta.ejb.ApplicationException;

/**
 * The input is fine but the thing it acts on is not in a state that allows it: answers already
 * submitted, an assessment past its due date. The REST API answers 409 instead of 400.
 */
@ApplicationException(rollback = true)
public class StateConflictException extends InvalidInputException {

    public StateConflictException(Wording message, String field) {
        super(message, field, message);
    }
}
