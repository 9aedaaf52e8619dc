package org.partnerfit.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ZipContentsTest {

    @Test
    void aSmallZipIsReadWithItsNames() throws IOException {
        ZipContents zip = ZipContents.read(zip(List.of("[Content_Types].xml", "word/document.xml"), 1000));
        assertTrue(zip.readable());
        assertFalse(zip.tooLarge());
        assertEquals(List.of("[Content_Types].xml", "word/document.xml"), zip.names());
    }

    @Test
    void aZipBombIsCaughtAtTheLimitNotUnpackedWhole() throws IOException {
        byte[] bomb = zip(List.of("zeros"), 300 * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "a bomb is small: " + bomb.length);
        ZipContents zip = ZipContents.read(bomb);
        assertTrue(zip.readable());
        assertTrue(zip.tooLarge());
    }

    @Test
    void bytesThatAreNoZipOrACutZipAreUnreadable() throws IOException {
        assertFalse(ZipContents.read("just text".getBytes()).readable());
        assertFalse(ZipContents.read(new byte[0]).readable());
        byte[] random = new byte[200_000];
        new java.util.Random(7).nextBytes(random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a.class"));
            zip.write(random);
        }
        byte[] whole = out.toByteArray();
        assertTrue(ZipContents.read(whole).readable());
        assertFalse(ZipContents.read(Arrays.copyOf(whole, whole.length / 2)).readable(), "cut in the middle of its entry");
    }

    /** A ZIP whose entries each hold {@code size} zeros. */
    private static byte[] zip(List<String> names, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] chunk = new byte[1024 * 1024];
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                for (int left = size; left > 0; left -= chunk.length) {
                    zip.write(chunk, 0, Math.min(left, chunk.length));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
