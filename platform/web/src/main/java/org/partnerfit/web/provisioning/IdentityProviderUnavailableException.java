package org.partnerfit.web.provisioning;

/** Keycloak did not answer a read in time, or could not be reached at all; nothing was changed. */
public class IdentityProviderUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
