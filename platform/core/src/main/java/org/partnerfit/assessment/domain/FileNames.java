package org.partnerfit.assessment.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Makes an uploaded file's name safe to store, show and offer for download. */
public final class FileNames {

    private static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    /**
     * Keeps the last path segment, letters (any script), digits, spaces and {@code . _ - ( )};
     * everything else becomes {@code _}. Never empty, never hidden, never longer than 120 characters,
     * and the extension survives shortening.
     */
    public static String sanitise(String original, String fallbackExtension) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("_{2,}", "_")
                .replaceAll("\\.{2,}", ".")
                .strip();
        name = name.replaceAll("^[. _]+", "").replaceAll("[. ]+$", "");
        if (name.isEmpty() || !name.contains(".") && fallbackExtension != null) {
            name = (name.isEmpty() ? "evidence" : name) + "." + fallbackExtension;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    public static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
