package org.partnerfit.tenancy.domain;

import java.util.regex.Pattern;

/** A client organisation's id: the alias of its Keycloak organization. */
public record TenantId(String value) {

    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public TenantId {
        if (value == null || !ALIAS.matcher(value).matches()) {
            throw new IllegalArgumentException("A tenant id is a lower-case organization alias: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
