package org.partnerfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnerfit.report.ReviewFixture.CHINESE;
import static org.partnerfit.report.ReviewFixture.FORMULA;
import static org.partnerfit.report.ReviewFixture.SCRIPT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XlsxExportTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final XlsxExport xlsx = new XlsxExport();

    @Test
    void aZipOfWellFormedPartsThatExcelNeeds() throws Exception {
        Map<String, byte[]> parts = unzip(xlsx.export(ReviewFixture.review(), Locale.ENGLISH, Map.of()));
        assertEquals(Set.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"), parts.keySet());
        for (byte[] part : parts.values()) {
            parse(part);
        }
        assertEquals("Platform-partner-2026.xlsx", xlsx.fileName(ReviewFixture.review()));
    }

    @Test
    void numbersAreNumbersAndTextIsEscapedInlineText() throws Exception {
        byte[] sheetBytes = unzip(xlsx.export(ReviewFixture.review(), Locale.ENGLISH, Map.of())).get("xl/worksheets/sheet1.xml");
        String raw = new String(sheetBytes, StandardCharsets.UTF_8);
        assertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), raw);
        assertFalse(raw.contains("<script>"));
        assertEquals(0, parse(sheetBytes).getElementsByTagNameNS(MAIN, "f").getLength(), "no formulas at all");

        Map<String, Element> cells = cells(parse(sheetBytes));
        assertEquals("Partner firm", text(cells.get("B1")));
        assertEquals("1", cells.get("B1").getAttribute("s"));
        assertEquals(SCRIPT, text(cells.get("B2")));
        assertEquals("74", value(cells.get("C2")));
        assertEquals("0.86", value(cells.get("D2")));
        assertEquals("2", cells.get("D2").getAttribute("s"));
        assertEquals("90", value(cells.get("F2")));
        assertEquals("3", cells.get("F2").getAttribute("s"), "the override is set apart");
        assertEquals("50", value(cells.get("G2")));
        assertEquals(CHINESE, text(cells.get("B3")));
        assertEquals(FORMULA, text(cells.get("B4")));
        assertEquals("inlineStr", cells.get("B4").getAttribute("t"));
        assertFalse(cells.containsKey("F4"), "an unanswered criterion is an empty cell");
        assertTrue(text(cells.get("A6")).contains("overridden"));
    }

    @Test
    void whatIfWeightsChangeTheOrder() throws Exception {
        Map<String, Element> cells = cells(parse(unzip(xlsx.export(ReviewFixture.review(), Locale.SIMPLIFIED_CHINESE,
                Map.of("culture", 20, "cost", 80))).get("xl/worksheets/sheet1.xml")));
        assertEquals(CHINESE, text(cells.get("B2")));
        assertEquals("82", value(cells.get("C2")));
        assertEquals("排名", text(cells.get("A1")));
    }

    @Test
    void escapingDropsWhatXmlCannotHoldAndKeepsTheRest() {
        assertEquals("a&amp;b&lt;c&gt;&quot;&apos;", XlsxExport.escape("a&b<c>\"'"));
        assertEquals("bell gone", XlsxExport.escape("bell\u0007 gone\u0000"));
        assertEquals("lone ", XlsxExport.escape("lone \uD800"));
        assertEquals("中文 😀\tok", XlsxExport.escape("中文 😀\tok"));
    }

    @Test
    void cellReferencesGoPastZ() {
        assertEquals(List.of("A1", "Z9", "AA2", "AZ3"), List.of(XlsxExport.reference(0, 1), XlsxExport.reference(25, 9),
                XlsxExport.reference(26, 2), XlsxExport.reference(51, 3)));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Map<String, Element> cells(Document sheet) {
        Map<String, Element> cells = new LinkedHashMap<>();
        NodeList list = sheet.getElementsByTagNameNS(MAIN, "c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            cells.put(c.getAttribute("r"), c);
        }
        return cells;
    }

    private static String text(Element cell) {
        return cell.getElementsByTagNameNS(MAIN, "t").item(0).getTextContent();
    }

    private static String value(Element cell) {
        return cell.getElementsByTagNameNS(MAIN, "v").item(0).getTextContent();
    }
}
