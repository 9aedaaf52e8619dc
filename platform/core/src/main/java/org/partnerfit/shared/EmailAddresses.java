package org.partnerfit.shared;

import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The form an email address must have to be invited or given an account: one check for both. */
public final class EmailAddresses {

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Printable ASCII: without SMTPUTF8, which mail servers need not offer, nothing else can be sent to. */
    private static final Pattern PLAIN = Pattern.compile("[\\x21-\\x7E]+");

    private EmailAddresses() {
    }

    /** The address as typed or pasted, without the spaces (a no-break one too) around it; null stays null. */
    public static String cleaned(String typed) {
        return typed == null ? null : typed.replace('\u00A0', ' ').strip();
    }

    /** Something, an @, a domain with a dot; no spaces. */
    public static boolean wellFormed(String address) {
        return address != null && FORM.matcher(address).matches();
    }

    /**
     * Whether mail can be sent to it as it stands: plain ASCII, and a bare address as the mail
     * API reads one strictly (no name around it, no list, no two dots in a row).
     */
    public static boolean deliverable(String address) {
        if (address == null || !PLAIN.matcher(address).matches()) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            return address.equals(parsed.getAddress());
        } catch (AddressException e) {
            return false;
        }
    }

    /** Why a well-formed address cannot be used, in words for the person who typed it. */
    public static Wording undeliverableProblem(String address) {
        return Wording.of("email.undeliverable", address);
    }
}
