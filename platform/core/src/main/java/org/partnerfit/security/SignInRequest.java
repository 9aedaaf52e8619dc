package org.partnerfit.security;

/**
 * What the portal remembers of a sign-in between sending the browser to the identity provider
 * and its coming back ({@link PendingSignIns}): the values that tie the answer to this request,
 * and the page to return to.
 */
record SignInRequest(String state, String nonce, Pkce pkce, String returnTo) {

    static SignInRequest start(String returnTo) {
        return new SignInRequest(Pkce.randomToken(24), Pkce.randomToken(24), Pkce.create(), returnTo);
    }
}
