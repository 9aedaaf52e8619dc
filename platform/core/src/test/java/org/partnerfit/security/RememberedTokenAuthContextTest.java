package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.config.ServerAuthContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class RememberedTokenAuthContextTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final TestTokens.MovingClock clock = new TestTokens.MovingClock(NOW);
    private final BearerTokenCache tokens = new BearerTokenCache(clock);
    private final JsonWebToken assessor = TestTokens.expiringAt(NOW.plusSeconds(300));

    /** Stands in for the server's bridge: counts what reaches it. */
    private final List<String> bridged = new ArrayList<>();
    private final ServerAuthContext bridge = new ServerAuthContext() {
        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) {
            bridged.add("validate");
            return AuthStatus.SEND_FAILURE;
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) {
            bridged.add("secure");
            return AuthStatus.SEND_SUCCESS;
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) {
            bridged.add("clean");
        }
    };

    /** The container's handler: keeps the callbacks it is given. */
    private final List<Callback> told = new ArrayList<>();
    private final CallbackHandler container = callbacks -> told.addAll(List.of(callbacks));

    private final RememberedTokenAuthContext signIn = new RememberedTokenAuthContext(bridge, container, tokens);

    private static MessageInfo message(String authorization) {
        Map<String, Object> map = new HashMap<>();
        Object request = TestTokens.request(authorization);
        return new MessageInfo() {
            @Override
            public Object getRequestMessage() {
                return request;
            }

            @Override
            public Object getResponseMessage() {
                return null;
            }

            @Override
            public void setRequestMessage(Object message) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void setResponseMessage(Object message) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, Object> getMap() {
                return map;
            }
        };
    }

    @Test
    void aRememberedTokenSignsItsCallerInWithoutTheBridge() throws Exception {
        tokens.put("good", assessor, Set.of("assessor", "client-evaluator"));
        MessageInfo message = message("Bearer good");
        Subject client = new Subject();

        assertEquals(AuthStatus.SUCCESS, signIn.validateRequest(message, client, null));
        assertEquals(AuthStatus.SEND_SUCCESS, signIn.secureResponse(message, null));

        assertTrue(bridged.isEmpty(), "the bridge saw " + bridged);
        assertEquals(Set.of(assessor), client.getPrincipals());
        assertEquals(2, told.size());
        CallerPrincipalCallback who = assertInstanceOf(CallerPrincipalCallback.class, told.get(0));
        assertSame(assessor, who.getPrincipal());
        assertSame(client, who.getSubject());
        GroupPrincipalCallback groups = assertInstanceOf(GroupPrincipalCallback.class, told.get(1));
        assertEquals(Set.of("assessor", "client-evaluator"), Set.of(groups.getGroups()));
    }

    @Test
    void aCallerWithoutGroupsIsToldAsCallerOnly() throws Exception {
        tokens.put("good", assessor, Set.of());
        assertEquals(AuthStatus.SUCCESS, signIn.validateRequest(message("Bearer good"), new Subject(), null));
        assertEquals(1, told.size());
        assertInstanceOf(CallerPrincipalCallback.class, told.get(0));
    }

    @Test
    void unknownExpiredOrMissingTokensGoThroughTheBridge() throws Exception {
        tokens.put("good", assessor, Set.of("assessor"));
        for (String authorization : new String[] {"Bearer forged", null, "Basic Z29vZA==", "Bearer "}) {
            MessageInfo message = message(authorization);
            assertEquals(AuthStatus.SEND_FAILURE, signIn.validateRequest(message, new Subject(), null));
            assertEquals(AuthStatus.SEND_SUCCESS, signIn.secureResponse(message, null));
        }
        clock.now = NOW.plusSeconds(300);
        assertEquals(AuthStatus.SEND_FAILURE, signIn.validateRequest(message("Bearer good"), new Subject(), null), "expired");
        signIn.cleanSubject(message("Bearer good"), new Subject());

        assertArrayEquals(new String[] {"validate", "secure", "validate", "secure", "validate", "secure", "validate", "secure",
                "validate", "clean"}, bridged.toArray());
        assertTrue(told.isEmpty());
    }

    @Test
    void aContainerThatRefusesTheCallerIsAnAuthenticationError() {
        tokens.put("good", assessor, Set.of("assessor"));
        RememberedTokenAuthContext refusing = new RememberedTokenAuthContext(bridge, callbacks -> {
            throw new UnsupportedCallbackException(callbacks[0]);
        }, tokens);
        assertThrows(AuthException.class, () -> refusing.validateRequest(message("Bearer good"), new Subject(), null));
    }
}
