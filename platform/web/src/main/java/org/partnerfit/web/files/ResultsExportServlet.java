package org.partnerfit.web.files;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.report.CsvExport;
import org.partnerfit.report.PdfDecisionReport;
import org.partnerfit.report.ResultsExport;
import org.partnerfit.report.XlsxExport;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.web.faces.LocaleSwitcher;
import org.partnerfit.web.security.Caller;

/**
 * An assessment's results as CSV, XLSX or the PDF decision report, for the client's people, in
 * the portal's language and under the weights on screen ({@code w.<criterion>=N} parameters).
 */
@WebServlet("/files/results")
public class ResultsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, ResultsExport> FORMATS = Map.of(
            "csv", new CsvExport(), "xlsx", new XlsxExport(), "pdf", new PdfDecisionReport());

    @EJB
    private ReviewService reviews;

    @Inject
    private Caller caller;

    @Inject
    private LocaleSwitcher locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResultsExport format = FORMATS.get(String.valueOf(request.getParameter("format")));
        Long id = number(request.getParameter("id"));
        if (format == null || id == null || !caller.isClientUser() || caller.tenant().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AssessmentReview review;
        try {
            review = reviews.review(caller.tenant().get(), id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        review.criteria().forEach(c -> {
            Long w = number(request.getParameter("w." + c.pluginId()));
            if (w != null && w >= 0 && w <= 1000) {
                weights.put(c.pluginId(), w.intValue());
            }
        });
        byte[] bytes = format.export(review, locale.getLocale(), weights);
        response.setContentType(format.contentType());
        response.setContentLength(bytes.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + format.fileName(review) + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(bytes);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
