package org.partnerfit.plugin.application;

import jakarta.ejb.ApplicationException;

/** A plugin JAR was refused; the message says why, in words an operator can act on. */
@ApplicationException(rollback = true)
public class PluginRejectedException extends RuntimeException {

    private final boolean conflict;

    /** A JAR that cannot be installed (broken, empty, not a plugin this platform runs), or a version that is not there. */
    public PluginRejectedException(String message) {
        this(message, null, false);
    }

    public PluginRejectedException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private PluginRejectedException(String message, Throwable cause, boolean conflict) {
        super(message, cause);
        this.conflict = conflict;
    }

    /** A sound JAR or request that what is installed, or what uses it, does not allow. */
    public static PluginRejectedException conflict(String message) {
        return new PluginRejectedException(message, null, true);
    }

    public boolean isConflict() {
        return conflict;
    }
}
