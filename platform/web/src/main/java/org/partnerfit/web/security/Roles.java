package org.partnerfit.web.security;

/** The realm roles the portal knows. */
public final class Roles {

    public static final String OPERATOR = "operator";
    public static final String ASSESSOR = "assessor";
    public static final String CLIENT_ADMIN = "client-admin";
    public static final String CLIENT_EVALUATOR = "client-evaluator";
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
