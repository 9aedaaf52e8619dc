package org.partnerfit.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LineBreaksTest {

    @Test
    void aTextAreasLineBreaksCountOnceAsThePageCountedThem() {
        String typed = "first\r\nsecond\r\n\r\nthird";
        assertEquals("first\nsecond\n\nthird", LineBreaks.unified(typed));
        assertEquals(typed.length() - 3, LineBreaks.unified(typed).length());
    }

    @Test
    void loneCarriageReturnsAndPlainTextAndNothing() {
        assertEquals("a\nb\nc", LineBreaks.unified("a\rb\nc"));
        assertEquals("plain", LineBreaks.unified("plain"));
        assertNull(LineBreaks.unified(null));
    }
}
