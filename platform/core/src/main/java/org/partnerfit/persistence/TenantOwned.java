package org.partnerfit.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The one place tenancy lives: every entity a client organisation owns extends this. EclipseLink
 * adds {@code tenant_id = :tenant} to every query and fills the column on insert from the
 * entity manager's {@link TenantScope#TENANT_PROPERTY}; an entity manager without a tenant
 * cannot read or write these entities at all.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 64)
public abstract class TenantOwned extends BaseEntity {

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    /** The owning tenant as stored; null until the entity has been read back from the database. */
    public String getTenantId() {
        return tenantId;
    }
}
