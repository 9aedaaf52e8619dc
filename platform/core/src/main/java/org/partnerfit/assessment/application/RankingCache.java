package org.partnerfit.assessment.application;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.partnerfit.shared.LruMap;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Recently read assessment reviews, so that assessors reading the same ranking again do not
 * rebuild it from thousands of rows. An entry is keyed by tenant and assessment, so one tenant's
 * entry can never answer another's request, and is good while the assessment's change stamp
 * (versions of the assessment and its criteria; counts, versions and newest ids of everything the
 * ranking is built from, read in the caller's tenant) is the one it was built under.
 *
 * <p>Reading the stamp is the database's heaviest work for a ranking; so for
 * {@value #TRUSTED_NANOS} ns after a check an entry is used without touching the database, as
 * long as no transaction on this node has changed the assessment since ({@link RankingChanges}).
 * A change made here is seen at once; one made on another node within that second. A hit returns
 * the same instance every time, so a reader may keep what it derives from it (the API's JSON).
 */
@ApplicationScoped
public class RankingCache {

    /** Entries kept; a ranking of 200 partners with its rationales takes about two megabytes. */
    private static final int CAPACITY = 32;

    /** How long a checked entry is trusted without asking the database again. */
    static final long TRUSTED_NANOS = 1_000_000_000L;

    record Key(TenantId tenant, long assessmentId) {
    }

    private record Entry(String stamp, long changes, long checkedAt, AssessmentReview review) {
    }

    private final Map<Key, Entry> entries = new LruMap<>(CAPACITY);

    /**
     * The review, when its entry was checked less than {@link #TRUSTED_NANOS} before {@code now}
     * and this node has changed nothing of the assessment since; else null.
     */
    synchronized AssessmentReview recent(TenantId tenant, long assessmentId, long changes, long now) {
        Entry entry = entries.get(new Key(tenant, assessmentId));
        return entry != null && entry.changes() == changes && now - entry.checkedAt() < TRUSTED_NANOS ? entry.review() : null;
    }

    /**
     * The review built under this stamp, or null; a hit counts as a check at {@code now} with the
     * change count read before the stamp.
     */
    synchronized AssessmentReview get(TenantId tenant, long assessmentId, String stamp, long changes, long now) {
        Key key = new Key(tenant, assessmentId);
        Entry entry = entries.get(key);
        if (entry == null || !entry.stamp().equals(stamp)) {
            return null;
        }
        entries.put(key, new Entry(stamp, changes, now, entry.review()));
        return entry.review();
    }

    synchronized void put(TenantId tenant, long assessmentId, String stamp, long changes, long now, AssessmentReview review) {
        entries.put(new Key(tenant, assessmentId), new Entry(stamp, changes, now, review));
    }
}
