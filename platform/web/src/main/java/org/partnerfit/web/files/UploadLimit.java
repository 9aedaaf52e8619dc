package org.partnerfit.web.files;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an upload larger than the portal's multipart limit (web.xml, 64 MiB) with 413 and its
 * page before the Faces servlet reads it: past the limit the container fails the whole request
 * while Faces reads its parameters, and the user would get the "something went wrong" page. An
 * upload that does not say its size (sent in chunks, which no browser does for a form) could be
 * any size, so it gets 411 and its page.
 */
@WebFilter(servletNames = "Faces Servlet")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            long length = request.getContentLengthLong();
            if (length < 0 || length > MAX_REQUEST_BYTES) {
                response.sendError(length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
