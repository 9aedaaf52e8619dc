package org.partnerfit.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a ZIP (a plugin JAR, an Office document) holds, read by inflating every entry but never
 * beyond a limit: a zip bomb of a few hundred KiB that unpacks to gigabytes is caught after the
 * limit's worth of work instead of filling the memory of whatever reads it later.
 *
 * @param readable  whether the bytes are a ZIP that could be read to the end (or to the limit)
 * @param tooLarge  whether the entries unpack to more than the limit
 * @param names     the entries' names, in order, as far as they were read
 */
public record ZipContents(boolean readable, boolean tooLarge, List<String> names) {

    /** Far more than any plugin JAR or Office document unpacks to. */
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    public ZipContents {
        names = List.copyOf(names);
    }

    /** Reads {@code content}; never throws: unreadable bytes are {@code readable == false}. */
    public static ZipContents read(byte[] content) {
        List<String> names = new ArrayList<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                for (int n; (n = read(zip, buffer)) > 0; ) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        return new ZipContents(true, true, names);
                    }
                }
            }
            return new ZipContents(!names.isEmpty(), false, names);
        } catch (IOException | IllegalArgumentException e) {
            // a broken header, a truncated entry, a name in an impossible encoding: not a ZIP to work with
            return new ZipContents(false, false, names);
        }
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer, 0, buffer.length);
    }

    /** The limit in words, for messages. */
    public static String limit() {
        return MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB";
    }
}
