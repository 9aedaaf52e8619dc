package org.partnerfit.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Portal sign-in with OpenID Connect's authorization code flow and PKCE (S256), which Jakarta
 * Security 3's own OpenID mechanism cannot send. A protected page without a signed-in session
 * goes to the identity provider with state, nonce and code challenge, kept by the browser
 * ({@link SignInSeal}) and not in a session, so a visitor who is not signed in costs nothing.
 * The provider's answer at {@code /Callback} is traded for tokens with the verifier, the ID
 * token is verified, and the identity lives in the HTTP session until it ends. When the access
 * token's lifetime is over, the tokens are renewed, so a session the provider ended (sign-out
 * elsewhere, disabled user) stops working within minutes.
 *
 * <p>After sign-in the user returns to the page they asked for — for a form or Ajax request,
 * the page it came from — so a session that expired mid-work leads back to the same page,
 * where whatever was autosaved is shown again.
 */
@ApplicationScoped
public class PortalLogin implements HttpAuthenticationMechanism {

    public static final String CALLBACK = "/Callback";
    private static final String RETURN_TO = PortalLogin.class.getName() + ".returnTo";
    private static final String SIGNED_IN_NOW = PortalLogin.class.getName() + ".signedInNow";
    private static final String SCOPE = "openid profile email organization:*";
    private static final long RETRY_RENEWAL_AFTER_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(PortalLogin.class.getName());

    @Inject
    OidcSettings oidc;

    @Inject
    TokenEndpoint tokenEndpoint;

    @Inject
    IdTokenVerifier verifier;

    @Inject
    IdentityProviderProbe provider;

    @Inject
    SignInSeal seal;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        try {
            if (request.getRequestURI().equals(request.getContextPath() + CALLBACK)) {
                if (PortalIdentity.of(request).isEmpty()) {
                    return completeSignIn(request, response, context);
                }
                answerToAnotherTab(request, response);
            }
            Optional<PortalIdentity> identity = current(request);
            if (identity.isPresent()) {
                return context.notifyContainerAboutLogin(identity.get().name(), new HashSet<>(identity.get().groups()));
            }
            return context.isProtected() ? startSignIn(request, response, context) : context.doNothing();
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    /** Whether this request is the one that signed its browser in (a tab answered later is not). */
    public static boolean signedInNow(HttpServletRequest request) {
        return request.getAttribute(SIGNED_IN_NOW) != null;
    }

    /**
     * Where the provider's answer sends the browser on: the page its sign-in was sent away from,
     * else the start page. The answer's own request carries it, so tabs answered at once do not
     * swap pages.
     */
    public static String pageAfterSignIn(HttpServletRequest request) {
        Object returnTo = request.getAttribute(RETURN_TO);
        return returnTo == null ? request.getContextPath() + "/" : (String) returnTo;
    }

    private AuthenticationStatus startSignIn(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) throws IOException {
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        String returnTo = within(returnTo(request, ajax), request.getContextPath() + "/");
        if (!provider.isUp()) {
            if (ajax) {
                return ajaxRedirect(response, returnTo); // the full page then shows the outage notice
            }
            SignInNotice.UNAVAILABLE.write(response, returnTo);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        SignInSeal.Started started = seal.start(returnTo, Instant.now());
        SignInCookies.keep(request, response, started.request().state(), started.sealed());
        String url = oidc.getAuthorizationEndpoint()
                + "?response_type=code&client_id=" + enc(oidc.getClientId())
                + "&redirect_uri=" + enc(callbackUrl(request))
                + "&scope=" + enc(SCOPE)
                + "&state=" + enc(started.request().state())
                + "&nonce=" + enc(started.request().nonce())
                + "&code_challenge=" + enc(started.request().pkce().challenge())
                + "&code_challenge_method=S256";
        return ajax ? ajaxRedirect(response, url) : context.redirect(url);
    }

    private AuthenticationStatus completeSignIn(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws IOException {
        String state = request.getParameter("state");
        if (!SignInCookies.wellFormed(state)) {
            return refuse(request, response, "an answer with no state of this server's");
        }
        Optional<SignInRequest> asked = answered(request, response, state);
        if (asked.isEmpty()) { // only the browser that started this sign-in holds its sealed value
            return refuse(request, response, "an answer this browser did not ask for, or asked for too long ago");
        }
        String code = request.getParameter("code");
        if (code == null) {
            return refuse(request, response, "the provider said " + request.getParameter("error"));
        }
        try {
            TokenEndpoint.Tokens tokens = tokenEndpoint.exchange(code, asked.get().pkce().verifier(), callbackUrl(request));
            JsonObject claims = verifier.verify(tokens.idToken(), asked.get().nonce());
            PortalIdentity identity = PortalIdentity.from(claims, tokens);
            if (request.getSession(false) != null) {
                request.changeSessionId(); // a session id seen before sign-in must not carry the signed-in user
            }
            HttpSession signedIn = request.getSession();
            signedIn.setAttribute(PortalIdentity.SESSION_KEY, identity);
            request.setAttribute(RETURN_TO, asked.get().returnTo());
            request.setAttribute(SIGNED_IN_NOW, Boolean.TRUE);
            return context.notifyContainerAboutLogin(identity.name(), new HashSet<>(identity.groups()));
        } catch (TokenEndpoint.Refused | IdTokenVerifier.InvalidToken e) {
            return refuse(request, response, e.getMessage());
        } catch (IOException e) {
            return refuse(request, response, "the provider could not be reached: " + e.getMessage());
        }
    }

    /**
     * The provider's answer to a sign-in another tab started, after one tab has signed the browser
     * in (the provider sends the others back on its own): that tab goes to its own page.
     */
    private void answerToAnotherTab(HttpServletRequest request, HttpServletResponse response) {
        String state = request.getParameter("state");
        if (SignInCookies.wellFormed(state)) {
            answered(request, response, state).ifPresent(asked -> request.setAttribute(RETURN_TO, asked.returnTo()));
        }
    }

    /** The sign-in this browser keeps for the answered state, if this server sealed it; taken once, whatever it says. */
    private Optional<SignInRequest> answered(HttpServletRequest request, HttpServletResponse response, String state) {
        Optional<SignInRequest> asked = seal.open(state, SignInCookies.sealed(request, state), Instant.now());
        SignInCookies.forget(request, response, state);
        return asked;
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String why)
            throws IOException {
        LOG.warning(() -> "Portal sign-in refused: " + why);
        SignInNotice.FAILED.write(response, request.getContextPath() + "/");
        return AuthenticationStatus.SEND_CONTINUE; // the page is the whole answer
    }

    /** The session's identity, renewed at the provider once its access token's lifetime is over. */
    private Optional<PortalIdentity> current(HttpServletRequest request) {
        Optional<PortalIdentity> identity = PortalIdentity.of(request);
        if (identity.isEmpty() || !identity.get().expired(Instant.now())) {
            return identity;
        }
        PortalIdentity old = identity.get();
        HttpSession session = request.getSession();
        try {
            if (old.refreshToken() == null) {
                throw new TokenEndpoint.Refused("no refresh token");
            }
            TokenEndpoint.Tokens tokens = tokenEndpoint.refresh(old.refreshToken());
            PortalIdentity renewed = PortalIdentity.from(verifier.verify(tokens.idToken(), null), tokens);
            session.setAttribute(PortalIdentity.SESSION_KEY, renewed);
            return Optional.of(renewed);
        } catch (TokenEndpoint.Refused | IdTokenVerifier.InvalidToken e) {
            LOG.info(() -> "Portal session of " + old.name() + " ended by the identity provider: " + e.getMessage());
            session.removeAttribute(PortalIdentity.SESSION_KEY);
            return Optional.empty();
        } catch (IOException e) {
            // The provider is away: keep working with what it said last, and ask again shortly.
            PortalIdentity kept = new PortalIdentity(old.name(), old.subject(), old.email(), old.emailVerified(), old.groups(), old.organizations(),
                    old.idToken(), old.refreshToken(), Instant.now().plusSeconds(RETRY_RENEWAL_AFTER_SECONDS));
            session.setAttribute(PortalIdentity.SESSION_KEY, kept);
            return Optional.of(kept);
        }
    }

    /**
     * The page itself if it is a page of the portal whose address a sign-in cookie can carry, else
     * the start page. A redirect to {@code //host/...} goes to that host (Payara makes it
     * scheme-relative), and a browser reads {@code /\host/...} in an Ajax redirect the same way.
     */
    static String within(String page, String start) {
        boolean here = page.startsWith(start) && !page.startsWith("//") && !page.startsWith("/\\");
        return here && SignInSeal.fits(page) ? page : start;
    }

    /**
     * The page to come back to: for a plain GET the request itself; for a form post or an Ajax
     * request (whose URL is not a page to show) the same-origin page it came from.
     */
    static String returnTo(HttpServletRequest request, boolean ajax) {
        String start = request.getContextPath() + "/";
        if ("GET".equals(request.getMethod()) && !ajax) {
            String query = request.getQueryString();
            return request.getRequestURI() + (query == null ? "" : "?" + query);
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return start;
        }
        try {
            URI from = URI.create(referer);
            boolean sameOrigin = request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort() == (from.getPort() == -1 ? defaultPort(from) : from.getPort());
            String path = from.getRawPath();
            if (!sameOrigin || path == null) {
                return start;
            }
            return path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
        } catch (IllegalArgumentException e) {
            return start;
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String callbackUrl(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + CALLBACK;
    }

    /** A Faces Ajax request cannot follow an HTTP redirect; it is told to navigate in its own XML. */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\"/></partial-response>").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
