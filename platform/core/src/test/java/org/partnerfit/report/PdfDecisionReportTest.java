package org.partnerfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnerfit.report.ReviewFixture.CHINESE;
import static org.partnerfit.report.ReviewFixture.FORMULA;
import static org.partnerfit.report.ReviewFixture.SCRIPT;
import static org.partnerfit.report.ReviewFixture.scored;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerfit.assessment.application.PartnerResult;
import org.partnerfit.assessment.domain.Recommendation;
import org.partnerfit.spi.Text;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

class PdfDecisionReportTest {

    private static final Path FONT = Path.of(PdfDecisionReport.DEFAULT_CJK_FONT);

    @Test
    void aPdfWithTheRankingAndEveryFirmsDetailsAsLiteralText() throws Exception {
        PdfDecisionReport report = new PdfDecisionReport(FONT);
        byte[] pdf = report.export(ReviewFixture.review(), Locale.ENGLISH, Map.of());
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = text(pdf);
        for (String expected : List.of("Platform partner 2026", "Decision report", "Who builds the next platform with us.",
                "Status: In review", "Due: 2026-12-01", "Culture fit", SCRIPT, FORMULA,
                "Override: 90 (computed: 80; by: ana)", "Reference calls confirmed it.", "Shared values, clear escalation.",
                "Red flags: Rates rise 8% a year.", "Note: Strong fit; negotiate rates.", "Culture fit: not scored")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertEquals("application/pdf", report.contentType());
        assertEquals("Platform-partner-2026.pdf", report.fileName(ReviewFixture.review()));
    }

    /**
     * A report of 200 firms in full, its allocations bounded: a font selector per paragraph read
     * OpenPDF's fallback font each time, gigabytes for such a report, and ran a 320 MiB server out
     * of memory. Allocated bytes, not time, so the bound holds on any machine.
     */
    @Test
    void aReportOfTwoHundredFirmsReadsItsFontsOnce() throws Exception {
        List<PartnerResult> firms = IntStream.rangeClosed(1, 200).mapToObj(i -> new PartnerResult(i, "Firm " + i, "firm" + i + "@example.org",
                List.of(scored("culture", ReviewFixture.CULTURE, 60, i % 100, 0.9, Text.of("Flag " + i, "标记 " + i)),
                        scored("cost", ReviewFixture.COST, 40, (i * 37) % 100, 0.8, null)),
                Recommendation.RESERVE, "Note " + i, "ana")).toList();
        PdfDecisionReport report = new PdfDecisionReport(FONT);
        report.export(ReviewFixture.review("Warm-up", firms.subList(0, 2)), Locale.ENGLISH, Map.of()); // the CJK font is parsed once per JVM
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        byte[] pdf = report.export(ReviewFixture.review("Two hundred firms", firms), Locale.ENGLISH, Map.of());
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        String text = text(pdf);
        for (int i = 1; i <= 200; i++) {
            assertTrue(Pattern.compile("Firm " + i + "(?!\\d)").matcher(text).find(), "Firm " + i);
        }
        assertTrue(allocated < 128L << 20, (allocated >> 20) + " MiB allocated for a report of " + pdf.length / 1024 + " KiB");
    }

    @Test
    void whatIfWeightsChangeTheOrderAndSaySo() throws Exception {
        String text = text(new PdfDecisionReport(FONT).export(ReviewFixture.review(), Locale.ENGLISH,
                Map.of("culture", 20, "cost", 80)));
        assertTrue(text.contains("What-if weights"), text);
        assertTrue(text.contains("20 (60)"), text);
        assertTrue(text.contains("2. " + SCRIPT), text);
        assertTrue(text.contains("3. " + FORMULA), text);
        assertFalse(text.contains("1. " + SCRIPT), text);
    }

    @Test
    void chineseWithAChineseFont() throws Exception {
        assertTrue(Files.isReadable(FONT), "no CJK font at " + FONT + ": infra/test.sh installs fonts-wqy-zenhei");
        String text = text(new PdfDecisionReport(FONT).export(ReviewFixture.review(), Locale.SIMPLIFIED_CHINESE, Map.of()));
        for (String expected : List.of("决策报告", "审核中", "文化契合", CHINESE, "费率每年上涨8%。", SCRIPT)) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        String english = text(new PdfDecisionReport(FONT).export(ReviewFixture.review(), Locale.ENGLISH, Map.of()));
        assertTrue(english.contains("2. " + CHINESE), "a Chinese name in an English report:\n" + english);
    }

    @Test
    void chineseWithoutAFontFallsBackToEnglishAndSaysWhy(@TempDir Path dir) throws Exception {
        Path broken = Files.write(dir.resolve("broken.ttc"), "not a font".getBytes(StandardCharsets.US_ASCII));
        for (Path font : List.of(dir.resolve("missing.ttc"), broken)) {
            List<LogRecord> log = capture(() -> {
                String text = text(new PdfDecisionReport(font).export(ReviewFixture.review(), Locale.SIMPLIFIED_CHINESE, Map.of()));
                assertTrue(text.contains("Decision report"), text);
                assertTrue(text.contains(SCRIPT), text);
                assertFalse(text.contains("决策报告"), text);
            });
            assertTrue(log.stream().anyMatch(r -> r.getMessage().contains("in English") && r.getMessage().contains("7")),
                    font.toString());
        }
    }

    @Test
    void charactersNoFontCanDrawAreMarkedNotDropped(@TempDir Path dir) throws Exception {
        var firm = ReviewFixture.partner(CHINESE + " \uD83D\uDE00 Łódź\tteam\u200B Cafe\u0301\u0007", null, null,
                scored("culture", ReviewFixture.CULTURE, 60, 50, 1.0, null), scored("cost", ReviewFixture.COST, 40, 90, 0.5, null));
        List<LogRecord> log = capture(() -> {
            String text = text(new PdfDecisionReport(dir.resolve("missing.ttc"))
                    .export(ReviewFixture.review("Shortlist", List.of(firm)), Locale.ENGLISH, Map.of()));
            assertTrue(text.contains("?????? ?"), "the Chinese name and the emoji, marked: " + text);
            assertTrue(text.contains("Łódź team Café"), "letters only the fallback font has, kept; a tab a space; "
                    + "an accent composed; control and zero-width characters left out: " + text);
        });
        assertTrue(log.stream().anyMatch(r -> r.getMessage().contains("shown as '?'") && r.getMessage().contains("no usable CJK font")),
                log.stream().map(LogRecord::getMessage).toList().toString());
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private static List<LogRecord> capture(Check check) throws Exception {
        Logger logger = Logger.getLogger(PdfDecisionReport.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            check.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }
}
