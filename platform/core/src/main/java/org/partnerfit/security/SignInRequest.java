package org.partnerfit.security;

/**
 * A sign-in under way, between sending the browser to the identity provider and its coming back
 * ({@link SignInSeal}): the values that tie the answer to this request, and the page to return to.
 */
record SignInRequest(String state, String nonce, Pkce pkce, String returnTo) {
}
