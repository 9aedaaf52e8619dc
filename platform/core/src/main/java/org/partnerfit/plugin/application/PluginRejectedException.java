package org.partnerfit.plugin.application;

import java.util.Locale;

import jakarta.ejb.ApplicationException;

import org.partnerfit.shared.Wording;

/** A plugin JAR was refused; the message says why, in words an operator can act on. */
@ApplicationException(rollback = true)
public class PluginRejectedException extends RuntimeException {

    private final Wording wording;
    private final boolean conflict;

    /** A JAR that cannot be installed (broken, empty, not a plugin this platform runs), or a version that is not there. */
    public PluginRejectedException(Wording wording) {
        this(wording, null, false);
    }

    public PluginRejectedException(Wording wording, Throwable cause) {
        this(wording, cause, false);
    }

    private PluginRejectedException(Wording wording, Throwable cause, boolean conflict) {
        super(wording.english(), cause);
        this.wording = wording;
        this.conflict = conflict;
    }

    /** A sound JAR or request that what is installed, or what uses it, does not allow. */
    public static PluginRejectedException conflict(Wording wording) {
        return new PluginRejectedException(wording, null, true);
    }

    public boolean isConflict() {
        return conflict;
    }

    /** Why, in the language of {@code locale}. */
    public String message(Locale locale) {
        return wording.in(locale);
    }
}
