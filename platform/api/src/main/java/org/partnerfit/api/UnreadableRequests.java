package org.partnerfit.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Refuses, before a resource is chosen, what no resource could read: an Accept header that does
 * not parse, which Jersey would otherwise answer with the server's HTML error page (the Content-Type is checked before Jersey, by
 * {@link UnreadableContentType}); and the NUL character in the path or a query parameter, as
 * PostgreSQL keeps no NUL in text (an audit filter by such an actor was a 500).
 */
@PreMatching
public class UnreadableRequests implements ContainerRequestFilter {

    static final String NUL_MESSAGE = "Text in a request may not hold the NUL character (U+0000).";

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            request.getAcceptableMediaTypes();
        } catch (RuntimeException unparsable) {
            request.abortWith(ApiErrors.error(Response.Status.BAD_REQUEST,
                    "The Accept header of this request does not parse.", Map.of()));
            return;
        }
        UriInfo uri = request.getUriInfo();
        if (hasNul(uri.getPath()) || uri.getQueryParameters().values().stream().flatMap(List::stream).anyMatch(UnreadableRequests::hasNul)) {
            request.abortWith(ApiErrors.error(Response.Status.BAD_REQUEST, NUL_MESSAGE, Map.of()));
        }
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }
}
