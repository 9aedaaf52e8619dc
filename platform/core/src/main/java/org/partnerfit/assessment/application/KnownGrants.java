package org.partnerfit.assessment.application;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.partnerfit.shared.LruMap;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Grants already read, so that a partner saving answers every few seconds does not look up the
 * same grant each time. Only grants that exist are kept: a grant is written once and never
 * changed or removed, so a remembered one is never wrong. Whoever adds revoking a grant must
 * forget it here too.
 */
@ApplicationScoped
public class KnownGrants {

    /** Entries kept, the least recently used dropped first; one entry is about a hundred bytes. */
    static final int CAPACITY = 10_000;

    record Key(String contactEmail, long invitationId) {
    }

    private final Map<Key, TenantId> tenants = new LruMap<>(CAPACITY);

    /** The tenant of a grant read before, or null. {@code contactEmail} as stored: trimmed, lower case. */
    synchronized TenantId tenantOf(String contactEmail, long invitationId) {
        return tenants.get(new Key(contactEmail, invitationId));
    }

    synchronized void remember(String contactEmail, long invitationId, TenantId tenant) {
        tenants.put(new Key(contactEmail, invitationId), tenant);
    }
}
