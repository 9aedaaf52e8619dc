package org.partnerfit.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Sign-in itself is {@link org.partnerfit.security.PortalLogin} (OpenID
 * Connect with PKCE); roles come from the ID token's flat {@code groups} claim, client
 * organizations from its {@code organization} claim. Signing out is {@link Logout}'s job.
 */
@ApplicationScoped
@DeclareRoles({Roles.OPERATOR, Roles.ASSESSOR, Roles.CLIENT_ADMIN, Roles.CLIENT_EVALUATOR, Roles.PARTNER})
public class PortalSecurity {
}
