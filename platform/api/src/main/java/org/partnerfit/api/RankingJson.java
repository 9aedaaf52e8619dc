package org.partnerfit.api;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.partnerfit.assessment.application.AssessmentReview;
import org.partnerfit.shared.LruMap;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * The JSON of recently asked what-if rankings, per tenant, assessment and weights, good while it
 * was made from the very review the review service hands out now (its cache returns the same
 * instance until anything the ranking shows changes). Assessors polling a ranking then cost no
 * sorting of 200 firms and no serialising. The review is held weakly: an entry never keeps an
 * outdated ranking in memory.
 */
@ApplicationScoped
class RankingJson {

    private static final int CAPACITY = 256;

    private static final Jsonb JSONB = JsonbBuilder.create();

    private record Key(TenantId tenant, long assessmentId, Map<String, Integer> weights) {
    }

    private record Entry(WeakReference<AssessmentReview> review, byte[] json) {
    }

    private final Map<Key, Entry> entries = new LruMap<>(CAPACITY);

    /** {@link AssessmentView#whatIf} of the review under these weights, as UTF-8 JSON. */
    byte[] of(TenantId tenant, AssessmentReview review, Map<String, Integer> weights) {
        Key key = new Key(tenant, review.id(), Map.copyOf(weights));
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && entry.review().get() == review) {
                return entry.json();
            }
        }
        byte[] json = JSONB.toJson(AssessmentView.whatIf(review, weights)).getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            entries.put(key, new Entry(new WeakReference<>(review), json));
        }
        return json;
    }
}
