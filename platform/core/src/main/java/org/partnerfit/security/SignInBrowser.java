package org.partnerfit.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookie that ties a sign-in to the browser that started it, in place of a session: random,
 * for the server only (HttpOnly), carried on the identity provider's redirect back to the
 * callback (SameSite=Lax lets a top-level navigation carry it), and gone with the sign-in.
 */
final class SignInBrowser {

    static final String COOKIE = "partnerfit_signin";

    /** 24 random bytes in URL-safe Base64. */
    private static final String WELL_FORMED = "[A-Za-z0-9_-]{32}";

    private SignInBrowser() {
    }

    /**
     * This browser's value: the one it sent (its tabs share one), else a new one. Either way the
     * response sets it again, so it lasts as long as the newest sign-in it started.
     */
    static String of(HttpServletRequest request, HttpServletResponse response) {
        String sent = cookie(request);
        String value = sent != null ? sent : Pkce.randomToken(24);
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) PendingSignIns.LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return value;
    }

    /** The value this browser sent, if it is one this class could have made. */
    static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches(WELL_FORMED)) {
                return c.getValue();
            }
        }
        return null;
    }
}
