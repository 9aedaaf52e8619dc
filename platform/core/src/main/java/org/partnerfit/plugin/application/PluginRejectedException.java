package org.partnerfit.plugin.application;

import jakarta.ejb.ApplicationException;

/** A plugin JAR was refused; the message says why, in words an operator can act on. */
@ApplicationException(rollback = true)
public class PluginRejectedException extends RuntimeException {

    public PluginRejectedException(String message) {
        super(message);
    }

    public PluginRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
