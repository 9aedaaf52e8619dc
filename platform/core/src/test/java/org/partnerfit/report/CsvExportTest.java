package org.partnerfit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.partnerfit.report.ReviewFixture.CHINESE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    private final CsvExport csv = new CsvExport();

    @Test
    void utf8WithABomAndOneCrLfLineAFirmBestFirst() {
        byte[] bytes = csv.export(ReviewFixture.review(), Locale.ENGLISH, Map.of());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "Rank,Partner firm,Weighted total,Confidence,Recommendation,Culture fit,Cost",
                "1,<script>alert(1)</script>,74,86%,Recommended,90 (overridden),50",
                "2," + CHINESE + ",66,80%,Reserve,50,90",
                "3,\"'=HYPERLINK(\"\"x\"\")\",28,28%,,,70"), List.of(text.split("\r\n")));
        assertEquals("\r\n", text.substring(text.length() - 2));
    }

    @Test
    void whatIfWeightsChangeTheOrder() {
        String text = new String(csv.export(ReviewFixture.review(), Locale.ENGLISH, Map.of("culture", 20, "cost", 80)),
                StandardCharsets.UTF_8);
        assertEquals("1," + CHINESE + ",82,80%,Reserve,50,90", text.split("\r\n")[1]);
    }

    @Test
    void cellsThatASpreadsheetWouldRunStayText() {
        for (char first : "=+-@\t".toCharArray()) {
            assertEquals("'" + first + "SUM(A1)", CsvExport.cell(first + "SUM(A1)"));
        }
        assertEquals("\"'\r=1\"", CsvExport.cell("\r=1"), "guarded, then quoted for the CR");
        assertEquals("a=1", CsvExport.cell("a=1"));
    }

    @Test
    void quotesOnlyWhereRfc4180NeedsIt() {
        List<String> values = Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null);
        assertEquals(List.of("plain", "\"a,b\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", ""),
                values.stream().map(CsvExport::cell).toList());
    }

    @Test
    void fileNamesAreSafeAndNeverEmpty() {
        assertEquals("Platform-partner-2026.csv", csv.fileName(ReviewFixture.review()));
        assertEquals("assessment-7.csv", csv.fileName(ReviewFixture.review("供应商评估", List.of())));
        assertEquals("etcpasswd.csv", csv.fileName(ReviewFixture.review("../../etc/passwd", List.of())));
        assertEquals("Q4-shortlist_v2.csv", csv.fileName(ReviewFixture.review(" Q4 — shortlist_v2 ", List.of())));
        assertEquals("text/csv; charset=UTF-8", csv.contentType());
    }
}
