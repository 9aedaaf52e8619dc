package org.partnerfit.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.assessment.application.CriterionResult;
import org.partnerfit.assessment.application.PartnerResult;
import org.partnerfit.spi.Text;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A PDF a board can decide on: the assessment, the weights, the ranking, and for each partner
 * firm every criterion's value with overrides, rationale and red flags, and the recommendation.
 * Every string is set as plain text, never parsed as markup.
 */
public class PdfDecisionReport implements ResultsExport {

    /** The system property that names a CJK TrueType font (.ttf, or .ttc whose first face is used). */
    public static final String CJK_FONT_PROPERTY = "partnerfit.report.cjkFont";
    public static final String DEFAULT_CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private static final Logger LOG = Logger.getLogger(PdfDecisionReport.class.getName());
    private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);

    private final Path cjkFont;

    /** With the font named by {@value #CJK_FONT_PROPERTY}, else {@value #DEFAULT_CJK_FONT}. */
    public PdfDecisionReport() {
        this(Path.of(System.getProperty(CJK_FONT_PROPERTY, DEFAULT_CJK_FONT)));
    }

    public PdfDecisionReport(Path cjkFont) {
        this.cjkFont = cjkFont;
    }

    @Override
    public byte[] export(AssessmentReview review, Locale locale, Map<String, Integer> whatIfWeights) {
        BaseFont cjk = loadCjkFont();
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        Locale language = locale;
        if (cjk == null && chinese) {
            // Helvetica has no Chinese glyphs: a Chinese report would be blank where it matters.
            LOG.warning(() -> "Decision report for assessment " + review.id() + " in English: no usable CJK font at " + cjkFont
                    + " (set " + CJK_FONT_PROPERTY + ")");
            language = Locale.ENGLISH;
        }
        ResultsTable table = ResultsTable.of(review, language, whatIfWeights);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(Objects.toString(review.name(), ""));
        document.addCreator("PartnerFit");
        document.open();
        Fonts fonts = new Fonts(cjk);
        new Writer(document, fonts, language).write(review, table);
        document.close();
        if (fonts.undrawable > 0) {
            LOG.warning(() -> "Decision report for assessment " + review.id() + ": " + fonts.undrawable + " character(s) that no font"
                    + " here can draw are shown as '?'" + (cjk == null ? "; no usable CJK font at " + cjkFont + " (set "
                    + CJK_FONT_PROPERTY + ")" : ""));
        }
        return out.toByteArray();
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** The configured font, or null when it is missing or unreadable: a report in English beats none. */
    private BaseFont loadCjkFont() {
        if (cjkFont == null || !Files.isReadable(cjkFont)) {
            return null;
        }
        String name = cjkFont.toString();
        try {
            // A collection needs the face's index; OpenPDF caches the parsed font across reports.
            return BaseFont.createFont(name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name,
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            LOG.warning(() -> "CJK font " + name + " could not be read (" + e.getMessage() + "); Chinese text is left out");
            return null;
        }
    }

    /**
     * Latin text in Helvetica and, where a CJK font is there, every other character in it, then
     * OpenPDF's own fallback font; a character none of them can draw is shown as '?' and counted,
     * where the selector would drop it without a trace (a Chinese firm name left blank when the
     * CJK font is missing). One
     * selector per size and style for the whole report: OpenPDF's selector reads its fallback font
     * (a TrueType file of some 400 KB) anew each time one is made, and a selector per paragraph made
     * a report of 200 firms run the server out of memory.
     */
    private static final class Fonts {

        private record Style(float size, int style) {
        }

        private final BaseFont cjk;
        private final Map<Style, DrawingSelector> selectors = new HashMap<>();
        private int undrawable;

        Fonts(BaseFont cjk) {
            this.cjk = cjk;
        }

        Phrase phrase(String text, float size, int style) {
            DrawingSelector selector = selectors.computeIfAbsent(new Style(size, style), this::selector);
            // Composed first: an e and a combining accent become the é that Helvetica has.
            return selector.process(drawable(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC), selector));
        }

        private String drawable(String text, DrawingSelector selector) {
            StringBuilder shown = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                int type = Character.getType(c);
                if (c == '\n' || c == '\r') {
                    shown.appendCodePoint(c);
                } else if (c == '\t') {
                    shown.append(' ');
                } else if (type == Character.CONTROL || type == Character.FORMAT) {
                    // nothing to see: a control character, a zero-width joiner
                } else if (selector.draws(c)) {
                    shown.appendCodePoint(c);
                } else if (Character.isSpaceChar(c)) {
                    shown.append(' ');
                } else {
                    shown.append('?');
                    undrawable++;
                }
            });
            return shown.toString();
        }

        private DrawingSelector selector(Style s) {
            DrawingSelector selector = new DrawingSelector(s.size());
            selector.addFont(new Font(Font.HELVETICA, s.size(), s.style()));
            if (cjk != null) {
                selector.addFont(new Font(cjk, s.size(), s.style()));
            }
            return selector;
        }
    }

    /** OpenPDF's selector (Helvetica, the CJK font, then its own fallback font), asked whether it will draw a character. */
    private static final class DrawingSelector extends FontSelector {

        DrawingSelector(float size) {
            setDefaultSize(size);   // its fallback font at the size of the text around it, not 12 pt
        }

        /**
         * Whether the font the selector picks for {@code c}, the first that says it has it, draws
         * it. Helvetica checks only 16 bits of a code: past them it says yes to, say, an emoji,
         * which then vanishes in it.
         */
        boolean draws(int c) {
            for (Font f : fonts) {
                if (f.getBaseFont().charExists(c)) {
                    return c <= Character.MAX_VALUE || f.getBaseFont().getFontType() != BaseFont.FONT_TYPE_T1;
                }
            }
            return false;
        }
    }

    /** One report's layout; lives as long as the document it writes. */
    private record Writer(Document document, Fonts fonts, Locale locale) {

        private static final float BODY = 10;

        void write(AssessmentReview review, ResultsTable table) {
            add(paragraph(review.name(), 18, Font.BOLD, 2));
            add(paragraph(Label.DECISION_REPORT.in(locale), 12, Font.NORMAL, 10));
            if (review.description() != null && !review.description().isBlank()) {
                add(paragraph(review.description(), BODY, Font.NORMAL, 8));
            }
            fact(Label.STATUS, Label.of(review.status(), locale));
            fact(Label.DUE, review.dueDate() == null ? "" : review.dueDate().toString());
            fact(Label.GENERATED, LocalDate.now().toString());

            heading(Label.WEIGHTS.in(locale));
            if (table.criteria().stream().anyMatch(ResultsTable.Column::whatIf)) {
                add(paragraph(Label.WHAT_IF.in(locale), BODY, Font.ITALIC, 4));
            }
            PdfPTable weights = table(new float[] {4, 1}, List.of(Label.CRITERION.in(locale), Label.WEIGHT.in(locale)));
            for (ResultsTable.Column c : table.criteria()) {
                cell(weights, c.name());
                cell(weights, c.whatIf() ? c.weight() + " (" + c.ownWeight() + ")" : String.valueOf(c.weight()));
            }
            add(weights);

            heading(Label.RANKING.in(locale));
            PdfPTable ranking = table(new float[] {0.7f, 4, 1.4f, 1.3f, 2}, table.header().subList(0, 5));
            for (ResultsTable.Row row : table.rows()) {
                table.texts(row).subList(0, 5).forEach(text -> cell(ranking, text.isEmpty() ? "—" : text));
            }
            add(ranking);

            for (ResultsTable.Row row : table.rows()) {
                partner(row);
            }
        }

        private void partner(ResultsTable.Row row) {
            PartnerResult partner = row.partner();
            heading((row.rank() == null ? "–" : row.rank() + ".") + " " + partner.firmName());
            String recommendation = row.recommendation().isEmpty() ? "—" : row.recommendation();
            if (partner.recommendedBy() != null) {
                recommendation += " (" + Label.DECIDED_BY.in(locale) + ": " + partner.recommendedBy() + ")";
            }
            fact(Label.RECOMMENDATION, recommendation);
            if (partner.recommendationNote() != null && !partner.recommendationNote().isBlank()) {
                fact(Label.NOTE, partner.recommendationNote());
            }
            for (CriterionResult c : partner.criteria()) {
                Double value = c.effectiveValue();
                add(paragraph(c.criterionName().in(locale) + ": "
                        + (value == null ? Label.NOT_SCORED.in(locale) : ResultsTable.number(value)), BODY, Font.BOLD, 1));
                if (value != null && c.overridden()) {
                    detail(Label.OVERRIDE, ResultsTable.number(c.override().value()) + " (" + Label.COMPUTED.in(locale) + ": "
                            + (c.value() == null ? "—" : ResultsTable.number(c.value())) + "; " + Label.BY.in(locale) + ": "
                            + Objects.toString(c.override().by(), "—") + ") — "
                            + Objects.toString(c.override().justification(), ""));
                }
                detail(Label.RATIONALE, c.rationale());
                detail(Label.RED_FLAGS, c.redFlags());
            }
        }

        private void detail(Label label, Text text) {
            if (text != null) {
                detail(label, text.in(locale));
            }
        }

        private void detail(Label label, String text) {
            if (text != null && !text.isBlank()) {
                Paragraph p = paragraph(label.in(locale) + ": " + text, 9, Font.NORMAL, 1);
                p.setIndentationLeft(12);
                add(p);
            }
        }

        private void fact(Label label, String value) {
            add(paragraph(label.in(locale) + ": " + value, BODY, Font.NORMAL, 1));
        }

        private void heading(String text) {
            Paragraph p = paragraph(text, 13, Font.BOLD, 4);
            p.setSpacingBefore(12);
            add(p);
        }

        private Paragraph paragraph(String text, float size, int style, float spacingAfter) {
            Paragraph p = new Paragraph(fonts.phrase(text, size, style));
            p.setSpacingAfter(spacingAfter);
            return p;
        }

        private PdfPTable table(float[] widths, List<String> header) {
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : header) {
                PdfPCell cell = new PdfPCell(fonts.phrase(h, 9, Font.BOLD));
                cell.setBackgroundColor(HEADER_FILL);
                cell.setPadding(4);
                t.addCell(cell);
            }
            return t;
        }

        private void cell(PdfPTable table, String text) {
            PdfPCell cell = new PdfPCell(fonts.phrase(text, 9, Font.NORMAL));
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }

        private void add(Element element) {
            document.add(element);
        }
    }
}
