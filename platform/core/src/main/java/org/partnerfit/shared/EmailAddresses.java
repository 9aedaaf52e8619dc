package org.partnerfit.shared;

import java.util.regex.Pattern;

/** The form an email address must have to be invited or given an account: one check for both. */
public final class EmailAddresses {

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Printable ASCII: without SMTPUTF8, which mail servers need not offer, nothing else can be sent to. */
    private static final Pattern PLAIN = Pattern.compile("[\\x21-\\x7E]+");

    private EmailAddresses() {
    }

    /** Something, an @, a domain with a dot; no spaces. */
    public static boolean wellFormed(String address) {
        return address != null && FORM.matcher(address).matches();
    }

    /** Whether mail can be delivered to it: plain ASCII letters, digits and signs only. */
    public static boolean plain(String address) {
        return address != null && PLAIN.matcher(address).matches();
    }

    /** Why a well-formed address cannot be used, in words for the person who typed it. */
    public static String notPlainProblem(String address) {
        return "'" + address + "' has characters other than plain ASCII letters, digits and signs, and mail cannot be "
                + "delivered to it; use its ASCII form (for a domain in another script, the form starting with xn--).";
    }
}
