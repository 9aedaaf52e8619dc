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
        assertEquals("'=1+1", CsvExport.cell("=1+1"));
        assertEquals("'+1", CsvExport.cell("+1"));
        assertEquals("'-1", CsvExport.cell("-1"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
        assertEquals("'\t=1", CsvExport.cell("\t=1"));
        assertEquals("\"'\r=1\"", CsvExport.cell("\r=1"));
        assertEquals("a=1", CsvExport.cell("a=1"));
    }

    @Test
    void quotesOnlyWhereRfc4180NeedsIt() {
        assertEquals("plain", CsvExport.cell("plain"));
        assertEquals("\"a,b\"", CsvExport.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExport.cell("two\nlines"));
        assertEquals("", CsvExport.cell(null));
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
