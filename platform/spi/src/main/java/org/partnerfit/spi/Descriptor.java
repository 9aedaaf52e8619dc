package org.partnerfit.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a plugin. The id is stable across versions ({@code culture-fit}); the version is
 * semantic ({@code 1.2.0}); {@code spiVersion} is the {@link CriterionPlugin#SPI_VERSION} the
 * plugin was compiled against.
 */
public record Descriptor(String id, String version, int spiVersion, Text name, Text description) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");
    /** Numbers that fit an {@code int}, and at most 64 characters in all: the platform stores and compares them so. */
    private static final Pattern SEMVER = Pattern.compile("\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}(-[0-9A-Za-z.-]+)?");
    private static final int MAX_VERSION_LENGTH = 64;

    public Descriptor {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(description, "description is required");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Plugin id must be lower-case letters, digits and dashes: " + id);
        }
        if (version == null || version.length() > MAX_VERSION_LENGTH || !SEMVER.matcher(version).matches()) {
            throw new IllegalArgumentException("Plugin version must look like 1.2.3 (numbers of at most 9 digits, "
                    + MAX_VERSION_LENGTH + " characters in all): " + (version == null || version.length() <= 80 ? version
                    : version.substring(0, 80) + "…"));
        }
    }

    /** {@code id@version}, the form used in logs, scores and messages. */
    public String coordinates() {
        return id + "@" + version;
    }
}
