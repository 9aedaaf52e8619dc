package org.partnerfit.audit;

import java.time.Instant;

/**
 * Which events to show. A null tenant means every tenant and the operator's own events: only
 * operators may ask for that; everybody else asks for their own tenant.
 */
public record AuditQuery(String tenantId, AuditAction action, String actor, Instant from, Instant to, int limit) {

    public AuditQuery {
        limit = limit <= 0 || limit > 5000 ? 1000 : limit;
    }

    public static AuditQuery ofTenant(String tenantId) {
        return new AuditQuery(tenantId, null, null, null, null, 1000);
    }
}
