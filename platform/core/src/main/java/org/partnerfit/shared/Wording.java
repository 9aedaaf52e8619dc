package org.partnerfit.shared;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import org.partnerfit.spi.Text;

/**
 * What a refusal says, kept as a key of the bundle {@code refusals} beside this class and its
 * arguments, so that each reader gets it in their own language: the portal in the language of the
 * page, the REST API and the logs in English. An argument that is itself a Wording is put in the
 * same language.
 */
public final class Wording implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "org.partnerfit.shared.refusals";
    // No fallback to the server's default locale: English is the bundle without a suffix.
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;
    private final Object[] args;

    private Wording(String key, Object[] args) {
        this.key = key;
        // As text at once: a number or date reads the same in both languages (2000, not 2,000),
        // and the refusal neither changes later nor holds what cannot be serialized.
        this.args = Arrays.stream(args).map(a -> a instanceof Wording ? a
                : a instanceof Text t ? new Bilingual(t.en(), t.zh()) : String.valueOf(a)).toArray();
    }

    /** A plugin's text in both languages (a criterion's name), kept as the two strings. */
    private record Bilingual(String en, String zh) implements Serializable {
    }

    /**
     * A refusal's text by its key; the arguments fill the key's {0}, {1}... A Wording or a
     * plugin's {@link Text} among them is put in the reader's language.
     */
    public static Wording of(String key, Object... args) {
        return new Wording(key, args);
    }

    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT, NO_FALLBACK);
        Object[] filled = Arrays.stream(args).map(a -> a instanceof Wording w ? w.in(locale)
                : a instanceof Bilingual b ? Text.of(b.en(), b.zh()).in(locale) : a).toArray();
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(filled);
    }

    public String english() {
        return in(Locale.ROOT);
    }

    /** Both languages at once, for text kept with a record (as a plugin's rationale is). */
    public Text bilingual() {
        return Text.of(english(), in(Locale.SIMPLIFIED_CHINESE));
    }

    private static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    @Override
    public String toString() {
        return english();
    }
}
