package org.partnerfit.web.files;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnerfit.assessment.application.EvidenceDownload;
import org.partnerfit.assessment.application.EvidenceLocker;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.web.security.Caller;

/**
 * Serves an evidence file: to the partner contact who sent it ({@code invitation} names their
 * invitation) or to the client's people in its tenant. Previews open inline in a sandbox; nothing
 * the partner sent can run as part of the portal.
 */
@WebServlet("/files/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EvidenceLocker evidence;

    @Inject
    private Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = number(request.getParameter("id"));
        Long invitation = number(request.getParameter("invitation"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceDownload file;
        try {
            if (caller.isPartner() && invitation != null) {
                file = evidence.download(caller.getContact(), invitation, id);
            } else if (caller.isClientUser() && caller.tenant().isPresent()) {
                file = evidence.download(caller.tenant().get(), id);
            } else {
                throw new NotFoundException("No such file.");
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean inline = file.previewable() && !"1".equals(request.getParameter("download"));
        response.setContentType(file.info().contentType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"evidence."
                + extension(file.info().fileName()) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.info().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Checksum-SHA256", file.info().sha256());
        response.getOutputStream().write(file.content());
    }

    private static String extension(String name) {
        return org.partnerfit.assessment.domain.FileNames.extension(name);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
