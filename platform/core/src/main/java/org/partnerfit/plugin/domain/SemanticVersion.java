package org.partnerfit.plugin.domain;

import java.util.Comparator;

/** Orders {@code major.minor.patch} versions numerically; a pre-release sorts before its release. */
public record SemanticVersion(int major, int minor, int patch, String preRelease) implements Comparable<SemanticVersion> {

    private static final Comparator<SemanticVersion> ORDER = Comparator
            .comparingInt(SemanticVersion::major)
            .thenComparingInt(SemanticVersion::minor)
            .thenComparingInt(SemanticVersion::patch)
            .thenComparing(v -> v.preRelease().isEmpty() ? "\uffff" : v.preRelease());

    public static SemanticVersion parse(String text) {
        String[] release = text.split("-", 2);
        String[] parts = release[0].split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a semantic version: " + text);
        }
        return new SemanticVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]), release.length > 1 ? release[1] : "");
    }

    @Override
    public int compareTo(SemanticVersion other) {
        return ORDER.compare(this, other);
    }
}
