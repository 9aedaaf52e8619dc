package org.partnerfit.shared;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist for this caller. Raised alike for ids that do not exist
 * and ids that belong to another tenant or partner firm, so a caller cannot tell them apart.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
