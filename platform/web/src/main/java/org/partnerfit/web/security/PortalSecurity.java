package org.partnerfit.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;

/**
 * Portal login through the realm's OpenID Connect provider. Roles come from the flat
 * {@code groups} claim, client organizations from the {@code organization} claim. Logging out
 * is {@link Logout}'s job: the mechanism's own logout redirect cannot build a URL from
 * {@code ${baseURL}}.
 */
@ApplicationScoped
@DeclareRoles({Roles.OPERATOR, Roles.ASSESSOR, Roles.CLIENT_ADMIN, Roles.CLIENT_EVALUATOR, Roles.PARTNER})
@OpenIdAuthenticationMechanismDefinition(
        providerMetadata = @OpenIdProviderMetadata(
                issuer = "${oidcSettings.issuer}",
                authorizationEndpoint = "${oidcSettings.authorizationEndpoint}",
                tokenEndpoint = "${oidcSettings.tokenEndpoint}",
                userinfoEndpoint = "${oidcSettings.userinfoEndpoint}",
                endSessionEndpoint = "${oidcSettings.endSessionEndpoint}",
                jwksURI = "${oidcSettings.jwksUri}"),
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email", "organization:*"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        tokenAutoRefresh = true)
public class PortalSecurity {
}
