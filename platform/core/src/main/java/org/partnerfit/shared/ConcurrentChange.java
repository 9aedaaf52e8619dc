package org.partnerfit.shared;

import jakarta.persistence.OptimisticLockException;

/**
 * Tells a failure caused by another transaction changing the same record first (an optimistic
 * lock check at commit, say two saves of one draft at once) from any other: the first is for the
 * user to repeat, nothing of theirs lost; the second is the server's fault.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    /** Whether an optimistic lock check failed anywhere in the chain of causes. */
    public static boolean in(Throwable failure) {
        return Causes.any(failure, t -> t instanceof ConcurrentChangeException || t instanceof OptimisticLockException);
    }
}
