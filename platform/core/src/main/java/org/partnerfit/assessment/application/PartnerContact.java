package org.partnerfit.assessment.application;

import java.io.Serializable;
import java.util.Locale;

/**
 * A partner contact as their sign-in presents them: the address their invitations are granted
 * to, and whether the identity provider verified it. An unverified address is trusted only for
 * the invitations of the organisation whose admin gave the account out ({@link PartnerGrants}).
 */
public record PartnerContact(String email, boolean verified) implements Serializable {

    public PartnerContact {
        email = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** A contact whose address the identity provider verified. */
    public static PartnerContact ofVerified(String email) {
        return new PartnerContact(email, true);
    }

    @Override
    public String toString() {
        return verified ? email : email + " (unverified)";
    }
}
