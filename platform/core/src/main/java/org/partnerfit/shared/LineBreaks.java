package org.partnerfit.shared;

/**
 * A browser sends each line break of a text area as CR LF but counts it as one character against
 * the field's maxlength: text is kept with LF line breaks, so a length limit counts as the page did.
 */
public final class LineBreaks {

    private LineBreaks() {
    }

    /** The text with every CR LF (and lone CR) as LF; null stays null. */
    public static String unified(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
