package org.partnerfit.web.security;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;

/** The client organization a user of several picked to work in; checked against the token on every use. */
@SessionScoped
public class TenantChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String alias;

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }
}
