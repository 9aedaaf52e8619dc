package org.partnerfit.assessment.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many transactions on this node have changed what an assessment's ranking is built from
 * (the assessment, its criteria, invitations, submissions, scores and evidence). A count moves
 * only after such a transaction has ended, so a reader that sees the new count also reads the
 * new rows. {@link RankingCache} trusts a ranking without asking the database while its count
 * stands, for at most {@link RankingCache#TRUSTED_NANOS}.
 */
@ApplicationScoped
public class RankingChanges {

    private final Map<Long, AtomicLong> counts = new ConcurrentHashMap<>();

    public long count(long assessmentId) {
        AtomicLong count = counts.get(assessmentId);
        return count == null ? 0 : count.get();
    }

    public void changed(long assessmentId) {
        counts.computeIfAbsent(assessmentId, id -> new AtomicLong()).incrementAndGet();
    }
}
