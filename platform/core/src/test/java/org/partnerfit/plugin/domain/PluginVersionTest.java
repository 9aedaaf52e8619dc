package org.partnerfit.plugin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.partnerfit.spi.Descriptor;
import org.partnerfit.spi.Text;

/** A plugin's version as its descriptor declares it, and as the platform then compares it. */
class PluginVersionTest {

    private static Descriptor declaring(String version) {
        return new Descriptor("culture-fit", version, 1, Text.of("Culture", "文化"), Text.of("Fit", "契合"));
    }

    @Test
    void everyVersionADescriptorTakesCanBeCompared() {
        for (String version : new String[] {"1.0.0", "999999999.999999999.999999999", "1.2.3-rc.1", "0.0.1-" + "a".repeat(58)}) {
            SemanticVersion parsed = SemanticVersion.parse(declaring(version).version());
            assertEquals(0, parsed.compareTo(SemanticVersion.parse(version)), version);
        }
        assertTrue(SemanticVersion.parse("1.10.0").compareTo(SemanticVersion.parse("1.9.9")) > 0);
    }

    /** Such a version was installed, then broke the catalogue for every tenant once a second version came. */
    @Test
    void aNumberPastAnIntIsRefusedAsTheJarIsRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> declaring("1.0.99999999999"));
        assertTrue(e.getMessage().contains("at most 9 digits"), e.getMessage());
    }

    @Test
    void aVersionLongerThanItsColumnIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> declaring("0.0.1-" + "a".repeat(59)));
    }
}
