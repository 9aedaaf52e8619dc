package org.partnerfit.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a browser keeps its sign-ins under way ({@link SignInSeal}): a cookie for each, named
 * after its state, so that tabs signing in at once do not overwrite each other's. For the server
 * only (HttpOnly), carried on the provider's redirect back to the callback (SameSite=Lax lets a
 * top-level navigation carry it). Over HTTPS the name starts with {@code __Host-}: the browser
 * then takes it only from this host over HTTPS, so a sibling subdomain cannot plant one.
 */
final class SignInCookies {

    /** Sign-ins one browser keeps at once (tabs restored together); the oldest give way. */
    static final int MAX_PER_BROWSER = 8;

    private static final String NAME = "partnerfit_signin_";
    private static final String HOST_ONLY = "__Host-";

    /** A state as {@link SignInSeal} makes it: 24 random bytes in URL-safe Base64. */
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{32}");

    private SignInCookies() {
    }

    /** Whether a state from outside has the form of one this server makes, and so may name a cookie. */
    static boolean wellFormed(String state) {
        return state != null && STATE.matcher(state).matches();
    }

    /** Keeps this sign-in's sealed value in the browser, letting the oldest of its others go if there are too many. */
    static void keep(HttpServletRequest request, HttpServletResponse response, String state, String sealed) {
        List<Cookie> others = sent(request);
        others.sort(Comparator.comparingLong(c -> SignInSeal.until(c.getValue())));
        for (int i = 0; i <= others.size() - MAX_PER_BROWSER; i++) {
            response.addCookie(cookie(request, others.get(i).getName(), "", 0));
        }
        response.addCookie(cookie(request, name(request, state), sealed, (int) SignInSeal.LIFETIME.toSeconds()));
    }

    /** The value this browser keeps for this state, or null. */
    static String sealed(HttpServletRequest request, String state) {
        String wanted = name(request, state);
        return sent(request).stream().filter(c -> c.getName().equals(wanted)).map(Cookie::getValue).findFirst().orElse(null);
    }

    /** Forgets the answered sign-in: an answer is taken once, whatever it says. */
    static void forget(HttpServletRequest request, HttpServletResponse response, String state) {
        String answered = name(request, state);
        for (Cookie c : sent(request)) {
            if (c.getName().equals(answered)) {
                response.addCookie(cookie(request, c.getName(), "", 0));
            }
        }
    }

    private static List<Cookie> sent(HttpServletRequest request) {
        String prefix = name(request, "");
        List<Cookie> ours = new ArrayList<>();
        for (Cookie c : request.getCookies() == null ? new Cookie[0] : request.getCookies()) {
            if (c.getName().startsWith(prefix) && wellFormed(c.getName().substring(prefix.length()))) {
                ours.add(c);
            }
        }
        return ours;
    }

    private static String name(HttpServletRequest request, String state) {
        return (request.isSecure() ? HOST_ONLY : "") + NAME + state;
    }

    /** {@code __Host-} cookies must be Secure with path /; over plain HTTP the application's path keeps it to PartnerFit. */
    private static Cookie cookie(HttpServletRequest request, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.isSecure() || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
