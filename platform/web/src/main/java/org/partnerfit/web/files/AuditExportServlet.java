package org.partnerfit.web.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnerfit.audit.AuditCsv;
import org.partnerfit.audit.AuditEvents;
import org.partnerfit.audit.AuditQuery;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.web.faces.LocaleSwitcher;
import org.partnerfit.web.security.Caller;

/**
 * The audit trail page's export: every event under its filters ({@code action}, {@code actor},
 * {@code from}, {@code to}) as CSV, written as it is read. An operator's holds every tenant's
 * events, a client admin's their own organisation's.
 */
@WebServlet("/files/audit")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditTrail trail;

    @Inject
    private Caller caller;

    @Inject
    private LocaleSwitcher locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AuditQuery> query;
        try {
            query = caller.auditTrail(tenant -> AuditQuery.parse(tenant, request.getParameter("action"),
                    request.getParameter("actor"), request.getParameter("from"), request.getParameter("to")));
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(refused.message(locale.getLocale()));
            return;
        }
        if (query.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"partnerfit-audit.csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Writer csv = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        csv.write('\uFEFF'); // the byte order mark: Excel reads a CSV without one as the local code page
        AuditCsv.write(AuditEvents.of(trail, query.get()), csv);
    }
}
