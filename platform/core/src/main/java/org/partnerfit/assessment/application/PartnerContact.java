package org.partnerfit.assessment.application;

import java.io.Serializable;
import java.util.Locale;

/**
 * A partner contact as their sign-in presents them: the address their invitations are granted
 * to, whether the identity provider verified it, and the provider's id of the account
 * ({@code sub}). An unverified address is trusted only for the invitations of the organisation
 * whose admin gave out that very account ({@link PartnerGrants}).
 */
public record PartnerContact(String email, boolean verified, String account) implements Serializable {

    public PartnerContact {
        email = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** A contact whose address the identity provider verified; which account says it does not matter then. */
    public static PartnerContact ofVerified(String email) {
        return new PartnerContact(email, true, null);
    }

    @Override
    public String toString() {
        return verified ? email : email + " (unverified)";
    }
}
