package org.partnerfit.security;

import java.io.Serializable;

/**
 * What a browser session remembers between being sent to the identity provider and coming
 * back: the values that tie the answer to this request, and the page to return to.
 */
record SignInRequest(String state, String nonce, Pkce pkce, String returnTo) implements Serializable {

    static final String SESSION_KEY = SignInRequest.class.getName();

    static SignInRequest start(String returnTo) {
        return new SignInRequest(Pkce.randomToken(24), Pkce.randomToken(24), Pkce.create(), returnTo);
    }
}
