package org.partnerfit.spi;

import java.util.Locale;
import java.util.Objects;

/** A piece of text a person reads, in English and Simplified Chinese. */
public record Text(String en, String zh) {

    public Text {
        Objects.requireNonNull(en, "English text is required");
        Objects.requireNonNull(zh, "Chinese text is required");
    }

    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }

    /** The text for a locale: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
