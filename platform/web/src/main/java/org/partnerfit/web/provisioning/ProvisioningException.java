package org.partnerfit.web.provisioning;

/** Provisioning refused or failed; the message says what happened and what was undone. */
public class ProvisioningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProvisioningException(String message) {
        super(message);
    }
}
