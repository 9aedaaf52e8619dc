package org.partnerfit.web.faces;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnerfit.shared.DatabaseUnavailableException;

/**
 * A page that failed because the database is out of reach (restarting, say) gets 503 and its own
 * page, "try again in a few seconds", rather than the "something went wrong" one. Ajax requests
 * never get here, as Faces answers their failures itself; the answer page catches the case for
 * its saves (AnswerView).
 */
@WebFilter(servletNames = "Faces Servlet")
public class DatabaseOutagePage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutagePage.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseUnavailableException.causes(e)) {
                throw e;
            }
            LOG.warning(() -> "503 for " + request.getRequestURI() + ": the database cannot be reached (" + e + ")");
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
