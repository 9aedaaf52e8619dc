package org.partnerfit.shared;

import java.util.function.Predicate;

/** Questions about a failure's chain of causes. */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure or any of its causes matches. */
    public static boolean any(Throwable failure, Predicate<Throwable> match) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (match.test(t)) {
                return true;
            }
        }
        return false;
    }
}
