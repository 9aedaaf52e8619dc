package org.partnerfit.web.provisioning;

import java.util.Locale;

import org.partnerfit.shared.Wording;

/** Provisioning refused or failed; the message says what happened and what was undone. */
public class ProvisioningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Wording wording;

    public ProvisioningException(Wording wording, Throwable cause) {
        super(wording.english(), cause);
        this.wording = wording;
    }

    public ProvisioningException(Wording wording) {
        this(wording, null);
    }

    /** What happened, in the language of {@code locale}. */
    public String message(Locale locale) {
        return wording.in(locale);
    }
}
