package org.partnerfit.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The one place tenancy lives: every entity a client organisation owns extends this. EclipseLink
 * adds {@code tenant_id = :tenant} to every query and fills the column on insert from the
 * entity manager's {@link TenantScope#TENANT_PROPERTY}. An entity manager without a tenant
 * can neither read (EclipseLink refuses the query) nor write (the column is NOT NULL).
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
// NOT NULL: EclipseLink would otherwise insert a row without a tenant from an unbound entity manager.
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY,
        columnDefinition = "VARCHAR(64) NOT NULL")
public abstract class TenantOwned extends BaseEntity {

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    /** The owning tenant as stored; null until the entity has been read back from the database. */
    public String getTenantId() {
        return tenantId;
    }
}
