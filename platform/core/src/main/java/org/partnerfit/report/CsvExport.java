package org.partnerfit.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.partnerfit.assessment.application.AssessmentReview;

/** The ranking as RFC 4180 CSV: header, then one line a partner firm, lines ending in CR LF. */
public class CsvExport implements ResultsExport {

    /** Excel reads a CSV without it as the local code page, and Chinese names turn to garbage. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public byte[] export(AssessmentReview review, Locale locale, Map<String, Integer> whatIfWeights) {
        ResultsTable table = ResultsTable.of(review, locale, whatIfWeights);
        StringBuilder csv = new StringBuilder();
        line(csv, table.header());
        table.rows().forEach(row -> line(csv, table.texts(row)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Override
    public String contentType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvExport::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula,
     * so a firm named =HYPERLINK(...) could act on whoever opens the file; the apostrophe keeps it text.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
