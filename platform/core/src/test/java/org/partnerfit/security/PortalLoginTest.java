package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

/** The page a sign-in returns to: one of the portal's, never another host's, and small enough for its cookie. */
class PortalLoginTest {

    @Test
    void aPlainGetReturnsToItself() {
        assertEquals("/portal/client/assessment.xhtml?id=7",
                returnTo(Map.of("method", "GET", "uri", "/portal/client/assessment.xhtml", "query", "id=7"), false));
    }

    @Test
    void anAddressThatWouldLeaveThePortalReturnsToTheStartPage() {
        for (String uri : new String[] {"//evil.example/x", "/\\evil.example/x", "https://evil.example/x"}) {
            assertEquals("/", PortalLogin.within(uri, "/"), uri);
        }
        assertEquals("/portal/", PortalLogin.within("/other-app/x", "/portal/"));
        assertEquals("/portal//x", PortalLogin.within("/portal//x", "/portal/"), "a path of this host, whatever follows");
        assertEquals("/%2F%2Fevil.example", PortalLogin.within("/%2F%2Fevil.example", "/"), "encoded, it stays a path of this host");
    }

    @Test
    void anAddressTooLongForItsCookieReturnsToTheStartPage() {
        String longest = "/" + "x".repeat(SignInSeal.MAX_RETURN_TO - 1);
        assertEquals(longest, PortalLogin.within(longest, "/"));
        assertEquals("/", PortalLogin.within(longest + "x", "/"));
    }

    @Test
    void aFormPostOrAjaxRequestReturnsToTheSameOriginPageItCameFrom() {
        Map<String, String> post = Map.of("method", "POST", "uri", "/portal/client/assessment.xhtml",
                "Referer", "https://partnerfit.example/portal/client/assessment.xhtml?id=7");
        assertEquals("/portal/client/assessment.xhtml?id=7", returnTo(post, false));
        assertEquals("/portal/client/assessment.xhtml?id=7", returnTo(Map.of("method", "GET", "uri", "/portal/x",
                "Referer", "https://partnerfit.example/portal/client/assessment.xhtml?id=7"), true));
    }

    @Test
    void aRefererFromElsewhereReturnsToTheStartPage() {
        for (String referer : new String[] {"https://evil.example/portal/x", "https://partnerfit.example:8443/portal/x",
                "https://partnerfit.example//evil.example/x", "not a URI at all \\"}) {
            assertEquals("/portal/", returnTo(Map.of("method", "POST", "uri", "/portal/x", "Referer", referer), false), referer);
        }
        assertEquals("/portal/", returnTo(Map.of("method", "POST", "uri", "/portal/x"), false), "no Referer");
    }

    /** The page {@link PortalLogin} would keep for this request, on https://partnerfit.example/portal. */
    private static String returnTo(Map<String, String> request, boolean ajax) {
        HttpServletRequest fake = (HttpServletRequest) Proxy.newProxyInstance(PortalLoginTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> request.get("method");
                    case "getRequestURI" -> request.get("uri");
                    case "getQueryString" -> request.get("query");
                    case "getHeader" -> request.get((String) args[0]);
                    case "getContextPath" -> "/portal";
                    case "getServerName" -> "partnerfit.example";
                    case "getServerPort" -> 443;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return PortalLogin.within(PortalLogin.returnTo(fake, ajax), "/portal/");
    }
}
