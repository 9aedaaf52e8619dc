package org.partnerfit.assessment.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.partnerfit.tenancy.domain.TenantId;

/**
 * The ranked partner results of recently read assessments, so that assessors reading the same
 * ranking again do not rebuild it from thousands of rows. An entry is keyed by tenant and
 * assessment and is used only while the assessment's change stamp (counts, versions and newest
 * ids of everything the ranking is built from, read in the caller's tenant) is the one it was
 * built under; so nothing written afterwards, on this node or another, is ever hidden, and one
 * tenant's entry can never answer another's request.
 */
@ApplicationScoped
public class RankingCache {

    /** Entries kept; a ranking of 200 partners with its rationales takes about two megabytes. */
    private static final int CAPACITY = 32;

    record Key(TenantId tenant, long assessmentId) {
    }

    private record Entry(String stamp, List<PartnerResult> partners) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The partners built under this stamp, or null. */
    synchronized List<PartnerResult> get(TenantId tenant, long assessmentId, String stamp) {
        Entry entry = entries.get(new Key(tenant, assessmentId));
        return entry != null && entry.stamp().equals(stamp) ? entry.partners() : null;
    }

    synchronized void put(TenantId tenant, long assessmentId, String stamp, List<PartnerResult> partners) {
        entries.put(new Key(tenant, assessmentId), new Entry(stamp, List.copyOf(partners)));
    }
}
