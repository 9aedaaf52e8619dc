package org.partnerfit.spi;

import java.util.Objects;

/** One allowed answer of a choice or scale question: the stored value and its label. */
public record Choice(String value, Text label) {

    public Choice {
        Objects.requireNonNull(value, "choice value is required");
        Objects.requireNonNull(label, "choice label is required");
    }
}
