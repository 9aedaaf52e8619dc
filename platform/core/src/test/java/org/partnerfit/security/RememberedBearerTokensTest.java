package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class RememberedBearerTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final TestTokens.MovingClock clock = new TestTokens.MovingClock(NOW);

    private final JsonWebToken assessor = TestTokens.expiringAt(NOW.plusSeconds(300));

    /** Stands in for MicroProfile JWT: accepts the bearer token "good" as the assessor, refuses any other. */
    private int checks;
    private final HttpAuthenticationMechanism jwt = new HttpAuthenticationMechanism() {
        @Override
        public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
            checks++;
            String header = request.getHeader("Authorization");
            if (header == null || !header.startsWith("Bearer ")) {
                return AuthenticationStatus.NOT_DONE;
            }
            return header.equals("Bearer good") ? context.notifyContainerAboutLogin(assessor, Set.of("assessor"))
                    : AuthenticationStatus.SEND_FAILURE;
        }
    };

    private final RememberedBearerTokens mechanism = new RememberedBearerTokens(jwt, new BearerTokenCache(clock));

    /** A request context that keeps what it is told about the caller. */
    private static final class Login {
        Principal principal;
        Set<String> groups;
        final Subject subject = new Subject();

        @SuppressWarnings("unchecked")
        HttpMessageContext context() {
            return (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpMessageContext.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "notifyContainerAboutLogin" -> {
                            principal = (Principal) args[0];
                            groups = (Set<String>) args[1];
                            yield AuthenticationStatus.SUCCESS;
                        }
                        case "getCallerPrincipal" -> principal;
                        case "getGroups" -> groups;
                        case "getClientSubject" -> subject;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static HttpServletRequest request(String authorization) {
        Map<String, String> headers = new HashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(RememberedBearerTokensTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeader")) {
                        return headers.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private AuthenticationStatus call(String authorization, Login login) throws Exception {
        return mechanism.validateRequest(request(authorization), null, login.context());
    }

    @Test
    void aTokenIsCheckedOnceThenLogsItsCallerInUntilItExpires() throws Exception {
        Login first = new Login();
        assertEquals(AuthenticationStatus.SUCCESS, call("Bearer good", first));
        assertEquals(1, checks);

        Login second = new Login();
        assertEquals(AuthenticationStatus.SUCCESS, call("Bearer good", second));
        assertEquals(1, checks, "not checked again");
        assertSame(assessor, second.principal);
        assertEquals(Set.of("assessor"), second.groups);
        assertEquals(Set.of(assessor), second.subject.getPrincipals());

        clock.now = NOW.plusSeconds(300);
        assertEquals(AuthenticationStatus.SUCCESS, call("Bearer good", new Login()));
        assertEquals(2, checks, "checked again once it expired");
    }

    @Test
    void refusedTokensAndRequestsWithoutOneAreCheckedEveryTime() throws Exception {
        Login refused = new Login();
        assertEquals(AuthenticationStatus.SEND_FAILURE, call("Bearer forged", refused));
        assertEquals(AuthenticationStatus.SEND_FAILURE, call("Bearer forged", refused));
        assertNull(refused.principal);
        assertEquals(AuthenticationStatus.NOT_DONE, call(null, new Login()));
        assertEquals(AuthenticationStatus.NOT_DONE, call(null, new Login()));
        assertEquals(AuthenticationStatus.NOT_DONE, call("Basic abc", new Login()));
        assertEquals(5, checks);
    }
}
