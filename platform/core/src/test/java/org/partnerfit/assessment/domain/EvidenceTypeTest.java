package org.partnerfit.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

    @Test
    void aTypeIsKnownByItsExtensionAndProvenByItsFirstBytes() {
        assertTrue(EvidenceType.PDF.matches("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(EvidenceType.PDF.matches("<html>".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(EvidenceType.DOCX.matches(new byte[] {'P', 'K', 3, 4, 0}));
        assertFalse(EvidenceType.PNG.matches(new byte[] {(byte) 0x89}), "too short to be a PNG");
        assertEquals(Optional.of(EvidenceType.XLSX), EvidenceType.ofExtension("XLSX"));
        assertEquals(Optional.empty(), EvidenceType.ofExtension("exe"));
    }

    @Test
    void onlyImagesAndPdfsOpenInTheBrowser() {
        assertTrue(EvidenceType.PDF.previewable());
        assertFalse(EvidenceType.DOCX.previewable());
    }
}
