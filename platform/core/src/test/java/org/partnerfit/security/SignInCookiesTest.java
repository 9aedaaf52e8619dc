package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

/** The cookies' names and attributes, over HTTP and HTTPS, and how many a browser keeps. */
class SignInCookiesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final SignInSeal seal = new SignInSeal();
    private final List<Cookie> set = new ArrayList<>();

    @Test
    void overPlainHttpTheCookieIsTheApplicationsAndNotSecure() {
        SignInSeal.Started started = seal.start("/portal/", NOW);
        SignInCookies.keep(request(false, "/portal"), response(), started.request().state(), started.sealed());
        Cookie kept = set.get(0);
        assertEquals("partnerfit_signin_" + started.request().state(), kept.getName());
        assertEquals("/portal", kept.getPath());
        assertFalse(kept.getSecure());
        assertTrue(kept.isHttpOnly());
        assertEquals("Lax", kept.getAttribute("SameSite"));
        assertEquals(600, kept.getMaxAge());
    }

    @Test
    void overHttpsTheNameTiesItToThisHost() {
        SignInSeal.Started started = seal.start("/portal/", NOW);
        SignInCookies.keep(request(true, "/portal"), response(), started.request().state(), started.sealed());
        Cookie kept = set.get(0);
        assertEquals("__Host-partnerfit_signin_" + started.request().state(), kept.getName());
        assertEquals("/", kept.getPath(), "a __Host- cookie must have path /");
        assertTrue(kept.getSecure());
    }

    @Test
    void theAnswerFindsItsOwnValueAndForgetsItWithTheSameAttributes() {
        for (boolean secure : new boolean[] {false, true}) {
            set.clear();
            SignInSeal.Started mine = seal.start("/", NOW);
            SignInSeal.Started other = seal.start("/", NOW);
            SignInCookies.keep(request(secure, "/portal"), response(), mine.request().state(), mine.sealed());
            SignInCookies.keep(request(secure, "/portal"), response(), other.request().state(), other.sealed());
            Cookie[] browser = set.toArray(Cookie[]::new);
            set.clear();

            HttpServletRequest answer = request(secure, "/portal", browser);
            assertEquals(mine.sealed(), SignInCookies.sealed(answer, mine.request().state()));
            SignInCookies.forget(answer, response(), mine.request().state());
            assertEquals(1, set.size(), "only the answered sign-in is forgotten");
            Cookie gone = set.get(0);
            assertEquals(browser[0].getName(), gone.getName());
            assertEquals(0, gone.getMaxAge());
            assertEquals(browser[0].getPath(), gone.getPath(), "a browser deletes a cookie only with its own path");
            assertEquals(browser[0].getSecure(), gone.getSecure());
        }
    }

    @Test
    void aBrowserKeepsTheNewestEightAndTheOldestGoFirst() {
        List<Cookie> browser = new ArrayList<>();
        for (int i = 0; i < SignInCookies.MAX_PER_BROWSER; i++) {
            SignInSeal.Started started = seal.start("/", NOW.plusSeconds(i));
            browser.add(new Cookie("partnerfit_signin_" + started.request().state(), started.sealed()));
        }
        Collections.reverse(browser); // the order a browser sends them in says nothing
        SignInSeal.Started ninth = seal.start("/", NOW.plusSeconds(60));
        SignInCookies.keep(request(false, "", browser.toArray(Cookie[]::new)), response(), ninth.request().state(), ninth.sealed());
        assertEquals(2, set.size(), set.toString());
        assertEquals(browser.get(browser.size() - 1).getName(), set.get(0).getName(), "the oldest");
        assertEquals(0, set.get(0).getMaxAge());
        assertEquals("partnerfit_signin_" + ninth.request().state(), set.get(1).getName());
    }

    @Test
    void cookiesOfOtherNamesOrSchemesAreNotOurs() {
        String state = seal.start("/", NOW).request().state();
        HttpServletRequest over = request(true, "", new Cookie("partnerfit_signin_" + state, "plain-http value"),
                new Cookie("__Host-partnerfit_signin_short", "x"), new Cookie("JSESSIONID", "abc"));
        assertNull(SignInCookies.sealed(over, state), "over HTTPS only a __Host- cookie counts");
        SignInCookies.forget(over, response(), state);
        assertTrue(set.isEmpty());
        assertFalse(SignInCookies.wellFormed("made-up"));
        assertFalse(SignInCookies.wellFormed(state + ";x"));
        assertFalse(SignInCookies.wellFormed(null));
    }

    private static HttpServletRequest request(boolean secure, String contextPath, Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(SignInCookiesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getContextPath" -> contextPath;
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(SignInCookiesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        set.add((Cookie) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
