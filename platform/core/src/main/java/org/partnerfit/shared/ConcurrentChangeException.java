package org.partnerfit.shared;

import jakarta.ejb.ApplicationException;

/**
 * Another transaction changed the same record first, found before the method returned (see
 * ConcurrentChangeCheck): nothing of this call was stored, and the caller may read again and
 * repeat. An application exception, so the container rolls back without logging it as a failure
 * of the server; the REST API answers 409.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(Throwable lostLock) {
        super("Someone changed this at the same moment; nothing of this request was saved.", lostLock);
    }
}
