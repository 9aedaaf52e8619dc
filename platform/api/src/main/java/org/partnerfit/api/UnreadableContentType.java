package org.partnerfit.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;

/**
 * Jersey reads a request's Content-Type before any of the API's filters and mappers, and answers
 * one that does not parse ({@code Content-Type: json}) with the server's HTML error page: refused
 * here first, in the API's JSON. The other headers are checked in {@link UnreadableRequests}.
 */
@WebFilter("/*")
public class UnreadableContentType extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String MESSAGE = "The Content-Type header of this request does not parse.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && !parses(type)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"" + MESSAGE + "\",\"problems\":{}}");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean parses(String type) {
        try {
            MediaType.valueOf(type);
            return true;
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }
}
