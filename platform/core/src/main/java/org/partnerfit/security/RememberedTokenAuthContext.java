package org.partnerfit.security;

import java.io.IOException;
import java.util.Optional;

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
import jakarta.servlet.http.HttpServletRequest;

/**
 * The REST API's sign-in, in front of the server's bridge to the authentication mechanisms: a
 * bearer token that MicroProfile JWT accepted before (see {@link BearerTokenCache}) signs its
 * caller in here, the way the bridge would; any other request goes through the bridge. The
 * bridge finds its mechanism through two JNDI lookups on every request and every response, a
 * sixth of a cached ranking's time (measured with infra/bench).
 */
final class RememberedTokenAuthContext implements ServerAuthContext {

    /** Marks, in the message's map, a request signed in here, so that its response skips the bridge too. */
    private static final String REMEMBERED = RememberedTokenAuthContext.class.getName();

    private final ServerAuthContext bridge;
    private final CallbackHandler container;
    private final BearerTokenCache tokens;

    RememberedTokenAuthContext(ServerAuthContext bridge, CallbackHandler container, BearerTokenCache tokens) {
        this.bridge = bridge;
        this.container = container;
        this.tokens = tokens;
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        Optional<BearerTokenCache.Caller> caller = message.getRequestMessage() instanceof HttpServletRequest request
                ? Optional.ofNullable(BearerTokenCache.bearerToken(request)).flatMap(tokens::get) : Optional.empty();
        if (caller.isEmpty()) {
            return bridge.validateRequest(message, client, service);
        }
        signIn(client, caller.get());
        message.getMap().put(REMEMBERED, Boolean.TRUE);
        return AuthStatus.SUCCESS;
    }

    /** What MicroProfile JWT and the bridge tell the container about a caller they accept. */
    private void signIn(Subject client, BearerTokenCache.Caller caller) throws AuthException {
        client.getPrincipals().add(caller.principal());
        CallerPrincipalCallback who = new CallerPrincipalCallback(client, caller.principal());
        Callback[] callbacks = caller.groups().isEmpty() ? new Callback[] {who}
                : new Callback[] {who, new GroupPrincipalCallback(client, caller.groups().toArray(String[]::new))};
        try {
            container.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("The server refused a remembered caller").initCause(e);
        }
    }

    /** The bearer mechanism adds nothing to a response; the bridge would answer this for it. */
    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
        return Boolean.TRUE.equals(message.getMap().get(REMEMBERED)) ? AuthStatus.SEND_SUCCESS
                : bridge.secureResponse(message, service);
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
        bridge.cleanSubject(message, subject);
    }
}
