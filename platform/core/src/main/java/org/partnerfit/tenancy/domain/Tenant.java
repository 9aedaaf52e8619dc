package org.partnerfit.tenancy.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client organisation hosted on this installation; its id is its Keycloak organization alias. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @Column(length = 64)
    private String alias;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private Instant createdAt;

    protected Tenant() {
    }

    public Tenant(TenantId id, String name) {
        this.alias = id.value();
        this.name = name;
        this.createdAt = Instant.now();
    }

    public TenantId getId() {
        return new TenantId(alias);
    }

    public String getName() {
        return name;
    }
}
