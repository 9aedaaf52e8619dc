package org.partnerfit.security;

import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;

/**
 * The server's authentication configuration of one web module, as registered before us (the
 * Jakarta Security bridge), with {@link RememberedTokenAuthContext} put in front of each of its
 * contexts. Everything else is the bridge's own.
 */
final class RememberedTokenAuthProvider implements AuthConfigProvider {

    private final AuthConfigProvider bridge;
    private final BearerTokenCache tokens;

    RememberedTokenAuthProvider(AuthConfigProvider bridge, BearerTokenCache tokens) {
        this.bridge = bridge;
        this.tokens = tokens;
    }

    @Override
    public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler container) throws AuthException {
        ServerAuthConfig config = bridge.getServerAuthConfig(layer, appContext, container);
        // Without the container's handler there is no one to tell about a caller: the bridge's alone then.
        return container == null || config == null ? config : new Config(config, container, tokens);
    }

    @Override
    public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler) throws AuthException {
        return bridge.getClientAuthConfig(layer, appContext, handler);
    }

    @Override
    public void refresh() {
        bridge.refresh();
    }

    @Override
    public String toString() {
        return "remembered bearer tokens, then " + bridge;
    }

    private record Config(ServerAuthConfig bridge, CallbackHandler container, BearerTokenCache tokens) implements ServerAuthConfig {

        @Override
        public ServerAuthContext getAuthContext(String authContextId, Subject service, Map<String, Object> properties) throws AuthException {
            ServerAuthContext context = bridge.getAuthContext(authContextId, service, properties);
            return context == null ? null : new RememberedTokenAuthContext(context, container, tokens);
        }

        @Override
        public String getMessageLayer() {
            return bridge.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return bridge.getAppContext();
        }

        @Override
        public String getAuthContextID(MessageInfo message) {
            return bridge.getAuthContextID(message);
        }

        @Override
        public void refresh() {
            bridge.refresh();
        }

        @Override
        public boolean isProtected() {
            return bridge.isProtected();
        }
    }
}
