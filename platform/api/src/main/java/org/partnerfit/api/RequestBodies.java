package org.partnerfit.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit. A body over the limit is still read to its end (and thrown
 * away), up to {@link #MAX_DRAINED} bytes: most HTTP/1.1 clients, the JDK's among them, read the
 * answer only after sending the whole body, so a server that stops reading early leaves them
 * waiting for a refusal that never arrives.
 */
final class RequestBodies {

    /** What the API reads at most, kept or not; past it the client waits for the connection to close. */
    static final long MAX_DRAINED = 64L * 1024 * 1024;

    private RequestBodies() {
    }

    /** At most {@code limit + 1} bytes of the body: more than {@code limit} means too large. */
    static byte[] read(InputStream body, int limit) throws IOException {
        byte[] content = body.readNBytes(limit + 1);
        if (content.length > limit) {
            long drained = content.length;
            byte[] sink = new byte[64 * 1024];
            for (int n; drained < MAX_DRAINED && (n = body.read(sink)) > 0; ) {
                drained += n;
            }
        }
        return content;
    }
}
