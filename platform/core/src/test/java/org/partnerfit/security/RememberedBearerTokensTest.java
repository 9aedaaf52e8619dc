package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.Set;

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

    private final BearerTokenCache tokens = new BearerTokenCache(clock);

    private final RememberedBearerTokens mechanism = new RememberedBearerTokens(jwt, tokens);

    /** A request context that keeps what it is told about the caller. */
    private static final class Login {
        Principal principal;
        Set<String> groups;

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
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private AuthenticationStatus call(String authorization) throws Exception {
        return mechanism.validateRequest(TestTokens.request(authorization), null, new Login().context());
    }

    @Test
    void everyRequestIsCheckedAndAnAcceptedTokenIsRememberedUntilItExpires() throws Exception {
        assertEquals(AuthenticationStatus.SUCCESS, call("Bearer good"));
        assertEquals(1, checks);
        BearerTokenCache.Caller remembered = tokens.get("good").orElseThrow();
        assertSame(assessor, remembered.principal());
        assertEquals(Set.of("assessor"), remembered.groups());

        assertEquals(AuthenticationStatus.SUCCESS, call("Bearer good"));
        assertEquals(2, checks, "a request that comes here is checked: remembered tokens sign in before the mechanism");

        clock.now = NOW.plusSeconds(300);
        assertTrue(tokens.get("good").isEmpty(), "forgotten once it expired");
    }

    @Test
    void refusedTokensAndRequestsWithoutOneAreNotRemembered() throws Exception {
        assertEquals(AuthenticationStatus.SEND_FAILURE, call("Bearer forged"));
        assertEquals(AuthenticationStatus.NOT_DONE, call(null));
        assertEquals(AuthenticationStatus.NOT_DONE, call("Basic abc"));
        assertEquals(3, checks);
        assertTrue(tokens.get("forged").isEmpty());
        assertEquals(0, tokens.size());
    }
}
