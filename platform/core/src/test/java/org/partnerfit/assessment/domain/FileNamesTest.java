package org.partnerfit.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertEquals("passwd.pdf", FileNames.sanitise("../../etc/passwd.pdf", "pdf"));
        assertEquals("boot.ini.pdf", FileNames.sanitise("C:\\windows\\boot.ini.pdf", "pdf"));
    }

    @Test
    void replacesWhatCouldBreakAHeaderOrAPage() {
        assertEquals("a_script_.pdf", FileNames.sanitise("a<script>.pdf", "pdf"));
        assertEquals("x_y.pdf", FileNames.sanitise("x\"\r\n;y.pdf", "pdf"));
    }

    @Test
    void keepsLettersOfEveryScript() {
        assertEquals("人才保留政策 v2.pdf", FileNames.sanitise("人才保留政策 v2.pdf", "pdf"));
    }

    @Test
    void neverEmptyNorHidden() {
        assertEquals("evidence.pdf", FileNames.sanitise("", "pdf"));
        assertEquals("evidence.pdf", FileNames.sanitise(null, "pdf"));
        assertEquals("htaccess.pdf", FileNames.sanitise(".htaccess.pdf", "pdf"));
        assertEquals("evidence.pdf", FileNames.sanitise("...", "pdf"));
    }

    @Test
    void shortensButKeepsTheExtension() {
        String name = FileNames.sanitise("a".repeat(300) + ".docx", "docx");
        assertEquals(120, name.length());
        assertTrue(name.endsWith(".docx"));
    }

    @Test
    void extensionIsLowerCase() {
        assertEquals("pdf", FileNames.extension("Report.PDF"));
        assertEquals("", FileNames.extension("README"));
    }
}
