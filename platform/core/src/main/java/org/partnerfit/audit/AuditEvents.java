package org.partnerfit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every event of a query, handed on one by one as the trail is read a chunk at a time. The walk
 * runs in the caller, not in the EJB: a consumer that writes to a slow or vanished client holds
 * no bean and no transaction, and its I/O errors reach the caller as they are.
 */
public final class AuditEvents {

    /** Events a chunk: few enough to be let go of quickly, enough to keep the round trips down. */
    static final int CHUNK = 500;

    private AuditEvents() {
    }

    /** A source for {@link AuditCsv#write} and its kin: {@code source.accept(each)} walks the whole trail. */
    public static Consumer<Consumer<? super AuditEvent>> of(AuditTrail trail, AuditQuery query) {
        return each -> {
            AuditEvent last = null;
            List<AuditEvent> chunk;
            do {
                chunk = trail.after(query, last, CHUNK);
                chunk.forEach(each);
                last = chunk.isEmpty() ? null : chunk.get(chunk.size() - 1);
            } while (chunk.size() == CHUNK);
        };
    }

    /** Writes one event somewhere that may fail, such as a response being sent. */
    @FunctionalInterface
    public interface EventWriter {
        void write(AuditEvent event) throws IOException;
    }

    /** Hands each event of a source to a writer; the writer's I/O errors reach the caller as they are. */
    public static void writeEach(Consumer<Consumer<? super AuditEvent>> source, EventWriter writer) throws IOException {
        try {
            source.accept(e -> {
                try {
                    writer.write(e);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }
}
