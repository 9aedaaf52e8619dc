package org.partnerfit.shared;

import jakarta.ejb.ApplicationException;

/**
 * A change made on the basis of a revision that is no longer the saved one: someone else (another
 * tab, a colleague, the API) saved the same record after the caller read it. Nothing of the change
 * was stored, so the other save is not silently overwritten. Carries the revision saved now, so a
 * caller who has seen the refusal may choose to replace it. The REST API answers 412.
 */
@ApplicationException(rollback = true)
public class ChangedSinceReadException extends StateConflictException {

    private final long currentRevision;

    public ChangedSinceReadException(long readRevision, long currentRevision) {
        super(Wording.of("changedSinceRead", readRevision, currentRevision), "revision");
        this.currentRevision = currentRevision;
    }

    /** The revision saved now; a change based on it replaces what is saved. */
    public long currentRevision() {
        return currentRevision;
    }
}
