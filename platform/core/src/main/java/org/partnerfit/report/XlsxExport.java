package org.partnerfit.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.partnerfit.assessment.application.AssessmentReview;

/**
 * The ranking as a one-sheet Excel workbook, written as the few XML parts the format needs so
 * the application carries no spreadsheet library. Numbers stay numbers, so a reader can sort and
 * sum; text goes in as inline strings, which a spreadsheet never runs as a formula.
 */
public class XlsxExport implements ResultsExport {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOCUMENT_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /** Indexes into cellXfs of the styles part. */
    private static final int BOLD = 1;
    private static final int PERCENT = 2;
    private static final int ITALIC = 3;

    @Override
    public byte[] export(AssessmentReview review, Locale locale, Map<String, Integer> whatIfWeights) {
        ResultsTable table = ResultsTable.of(review, locale, whatIfWeights);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CONTENT_TYPE + "sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + CONTENT_TYPE + "worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + CONTENT_TYPE + "styles+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                    + relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>");
            part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOCUMENT_RELATIONSHIP + "\">"
                    + "<sheets><sheet name=\"" + escape(Label.RESULTS.in(locale)) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                    + relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                    + relationship("rId2", "styles", "styles.xml") + "</Relationships>");
            part(zip, "xl/styles.xml", STYLES);
            part(zip, "xl/worksheets/sheet1.xml", sheet(table));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE + "sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    private static String sheet(ResultsTable table) {
        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"").append(MAIN).append("\">")
                .append("<cols><col min=\"2\" max=\"2\" width=\"32\" customWidth=\"1\"/></cols><sheetData>");
        int r = 1;
        xml.append("<row r=\"1\">");
        List<String> header = table.header();
        for (int col = 0; col < header.size(); col++) {
            xml.append(text(col, r, header.get(col), BOLD));
        }
        xml.append("</row>");
        boolean anyOverride = false;
        for (ResultsTable.Row row : table.rows()) {
            r++;
            xml.append("<row r=\"").append(r).append("\">")
                    .append(number(0, r, row.rank() == null ? null : (double) row.rank(), 0))
                    .append(text(1, r, row.firm(), 0))
                    .append(number(2, r, row.total(), 0))
                    .append(number(3, r, row.confidence(), PERCENT))
                    .append(text(4, r, row.recommendation(), 0));
            int col = 5;
            for (ResultsTable.Value v : row.values()) {
                anyOverride |= v.overridden();
                xml.append(number(col++, r, v.value(), v.overridden() ? ITALIC : 0));
            }
            xml.append("</row>");
        }
        if (anyOverride) {
            r += 2;
            xml.append("<row r=\"").append(r).append("\">")
                    .append(text(0, r, Label.OVERRIDDEN_LEGEND.in(table.locale()), ITALIC)).append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String text(int col, int row, String value, int style) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "<c r=\"" + reference(col, row) + "\" t=\"inlineStr\"" + style(style) + "><is><t xml:space=\"preserve\">"
                + escape(value) + "</t></is></c>";
    }

    private static String number(int col, int row, Double value, int style) {
        return value == null ? "" : "<c r=\"" + reference(col, row) + "\"" + style(style) + "><v>"
                + java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + "</v></c>";   // exact: the sheet formats it
    }

    private static String style(int style) {
        return style == 0 ? "" : " s=\"" + style + "\"";
    }

    /** A1-style: column 0 is A, 25 is Z, 26 is AA. */
    static String reference(int col, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }

    /**
     * XML-escaped, without the characters XML 1.0 cannot hold at all (most control characters,
     * lone surrogates), which would make Excel refuse the whole file.
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || (c >= 0x10000 && c <= 0x10FFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + DOCUMENT_RELATIONSHIP + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Default, bold (header), whole percent (confidence), italic (overridden values). */
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><i/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}
