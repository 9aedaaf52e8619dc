package org.partnerfit.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.partnerfit.report.CsvExport;

/** The audit trail as RFC 4180 CSV, written as it is read: the same columns in the portal and the API. */
public final class AuditCsv {

    public static final String HEADER = "at,actor,tenant,action,subject,detail";

    private AuditCsv() {
    }

    /**
     * A header line, then a line for each event the source hands on, such as
     * {@link AuditEvents#of} for a whole trail; lines end in CR LF.
     */
    public static void write(Consumer<Consumer<? super AuditEvent>> events, Writer out) throws IOException {
        out.write(HEADER + "\r\n");
        AuditEvents.writeEach(events, e -> out.write(line(e) + "\r\n"));
        out.flush();
    }

    static String line(AuditEvent e) {
        return Stream.of(e.getAt().toString(), e.getActor(), e.getTenantId(), e.getAction().name(), e.getSubject(), e.getDetail())
                .map(CsvExport::cell).collect(Collectors.joining(","));
    }
}
