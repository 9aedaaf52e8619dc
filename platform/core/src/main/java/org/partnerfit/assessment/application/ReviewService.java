package org.partnerfit.assessment.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.assessment.domain.AssessmentCriterion;
import org.partnerfit.assessment.domain.EvidenceInfo;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.scoring.domain.CriterionScore;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.spi.Text;
import org.partnerfit.tenancy.domain.TenantId;

/** What the client's assessors and evaluators read: the tenant's assessments and their results. */
@Stateless
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private org.partnerfit.audit.AuditTrail audit;

    @jakarta.inject.Inject
    private TenantScope tenancy;

    @EJB
    private PluginRegistry plugins;

    @jakarta.inject.Inject
    private RankingCache cache;

    @jakarta.inject.Inject
    private RankingChanges changes;

    @jakarta.inject.Inject
    private TrustedReviews trusted;

    public List<AssessmentSummary> assessments(TenantId tenant) {
        tenancy.enter(em, tenant);
        // The firms of every assessment counted in one query, not loaded assessment by assessment.
        Map<Long, Long> invited = new java.util.HashMap<>();
        em.createQuery("select i.assessment.id, count(i) from Invitation i group by i.assessment.id", Object[].class)
                .getResultStream().forEach(row -> invited.put((Long) row[0], (Long) row[1]));
        return em.createNamedQuery("Assessment.all", Assessment.class).getResultStream()
                .map(a -> new AssessmentSummary(a.getId(), a.getName(), a.getStatus(), a.getDueDate(),
                        invited.getOrDefault(a.getId(), 0L).intValue()))
                .toList();
    }

    /** The results of one of the tenant's assessments; not found if the id is another tenant's. */
    public AssessmentReview review(TenantId tenant, long assessmentId) {
        AssessmentReview recent = trusted.recent(tenant, assessmentId);
        if (recent != null) {
            return recent; // checked within the second, and unchanged on this node since
        }
        // The count is read before the stamp and the rows: a change ending after it moves it again.
        long changed = changes.count(assessmentId);
        long now = System.nanoTime();
        Map<String, String> newest = plugins.newestVersions();
        tenancy.enter(em, tenant);
        Assessment assessment = em.createNamedQuery("Assessment.byId", Assessment.class)
                .setParameter("id", assessmentId).getResultStream().findFirst().orElseThrow(() -> {
                    LOG.warning(() -> "Tenant " + tenant + " asked for assessment " + assessmentId + ", not its own");
                    audit.record(org.partnerfit.audit.AuditAction.ACCESS_DENIED, tenant, "assessment " + assessmentId, "not found in this tenant");
                    return new NotFoundException("No such assessment.");
                });
        String stamp = stamp(assessment);
        // The stamp holds the assessment's and its criteria's versions: a hit is this very assessment.
        AssessmentReview cached = cache.get(tenant, assessmentId, stamp, changed, now);
        if (cached != null && TrustedReviews.pinnedAgainst(cached, newest)) {
            return cached;
        }
        List<PinnedCriterion> criteria = assessment.getCriteria().stream()
                .map(c -> new PinnedCriterion(c.getPluginId(), c.getPluginVersion(), name(c), c.getWeight(),
                        newest.getOrDefault(c.getPluginId(), c.getPluginVersion())))
                .toList();
        AssessmentReview review = new AssessmentReview(assessment.getId(), assessment.getName(), assessment.getDescription(),
                assessment.getStatus(), assessment.getDueDate(), criteria,
                cached != null ? cached.partners() : List.copyOf(partners(assessment)));
        cache.put(tenant, assessmentId, stamp, changed, now, review);
        return review;
    }

    /**
     * What the ranking is built from, summed up: counts, versions and newest ids of the
     * assessment's criteria, invitations, submissions, scores and evidence. Any write the
     * ranking shows changes it (an update raises a version, an insert a count and the newest id).
     * One round trip: the rows are all the assessment's, which was just found in the caller's
     * tenant, so the plain SQL needs no tenant filter of its own (row-level security applies too).
     */
    private String stamp(Assessment assessment) {
        StringBuilder stamp = new StringBuilder().append(assessment.getVersion());
        assessment.getCriteria().forEach(c -> stamp.append('/').append(c.getId()).append(':').append(c.getVersion()));
        Object[] row = (Object[]) em.createNativeQuery(STAMP).setParameter(1, assessment.getId())
                .setHint("eclipselink.jdbc.allow-native-sql-query", "true").getSingleResult();
        return stamp.append('|').append(java.util.Arrays.toString(row)).toString();
    }

    private static final String STAMP = """
            SELECT i.n, i.v, i.m, s.n, s.v, s.m, c.n, c.m, e.n, e.v, e.m FROM
              (SELECT count(*) n, sum(version) v, max(id) m FROM invitation WHERE assessment_id = ?1) i,
              (SELECT count(*) n, sum(s.version) v, max(s.id) m FROM submission s
                 JOIN invitation x ON x.id = s.invitation_id WHERE x.assessment_id = ?1) s,
              (SELECT count(*) n, max(c.id) m FROM criterion_score c JOIN submission s ON s.id = c.submission_id
                 JOIN invitation x ON x.id = s.invitation_id WHERE x.assessment_id = ?1) c,
              (SELECT count(*) n, sum(e.version) v, max(e.id) m FROM evidence_file e JOIN submission s ON s.id = e.submission_id
                 JOIN invitation x ON x.id = s.invitation_id WHERE x.assessment_id = ?1) e""";

    /** The invited firms with their results, ranked by weighted total. */
    private List<PartnerResult> partners(Assessment assessment) {
        // One query per kind of record, whatever the number of partners. Invitations come first: a
        // submission's invitation is then found in the persistence context instead of one query each.
        List<Invitation> invitations = em.createNamedQuery("Invitation.ofAssessment", Invitation.class)
                .setParameter("assessment", assessment).getResultList();
        Map<Long, Map<Long, Submission>> submissions = new java.util.HashMap<>();
        em.createNamedQuery("Submission.ofAssessment", Submission.class).setParameter("assessment", assessment)
                .getResultStream().forEach(s -> submissions.computeIfAbsent(s.getInvitation().getId(), k -> new java.util.HashMap<>())
                        .put(s.getCriterion().getId(), s));
        Map<Long, CriterionScore> latestScores = new java.util.HashMap<>();
        em.createNamedQuery("CriterionScore.latestOfAssessment", CriterionScore.class).setParameter("assessment", assessment)
                .getResultStream().forEach(score -> latestScores.put(score.getSubmission().getId(), score));
        Map<Long, List<EvidenceInfo>> evidence = new java.util.HashMap<>();
        em.createNamedQuery("EvidenceFile.ofAssessment", Object[].class).setParameter("assessment", assessment)
                .getResultStream().forEach(row -> evidence.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add((EvidenceInfo) row[0]));
        // Read once: getCriteria() copies and sorts, and the loop runs per firm.
        List<AssessmentCriterion> criteria = assessment.getCriteria();
        Map<AssessmentCriterion, Text> names = new java.util.HashMap<>();
        criteria.forEach(c -> names.put(c, name(c)));
        List<PartnerResult> partners = new ArrayList<>();
        for (Invitation invitation : invitations) {
            Map<Long, Submission> byCriterion = submissions.getOrDefault(invitation.getId(), Map.of());
            List<CriterionResult> results = criteria.stream()
                    .map(c -> {
                        Submission s = byCriterion.get(c.getId());
                        return result(c, names.get(c), s, s == null ? null : latestScores.get(s.getId()),
                                s == null ? List.of() : evidence.getOrDefault(s.getId(), List.of()));
                    }).toList();
            partners.add(new PartnerResult(invitation.getId(), invitation.getFirmName(),
                    invitation.getContactEmail(), results, invitation.getRecommendation(),
                    invitation.getRecommendationNote(), invitation.getRecommendedBy()));
        }
        return PartnerResult.ranked(partners, Map.of());
    }

    private Text name(AssessmentCriterion criterion) {
        return plugins.name(criterion.getPluginId(), criterion.getPluginVersion());
    }

    private static CriterionResult result(AssessmentCriterion criterion, Text name, Submission submission,
                                          CriterionScore score, List<EvidenceInfo> evidence) {
        if (submission == null || score == null) {
            return CriterionResult.unscored(criterion.getPluginId(), name, criterion.getWeight(),
                    submission == null ? null : submission.getStatus(), evidence);
        }
        ScoreOverride override = submission.getOverrideValue() == null ? null : new ScoreOverride(submission.getOverrideValue(),
                submission.getOverrideJustification(), submission.getOverriddenBy(), submission.getOverriddenAt());
        return new CriterionResult(criterion.getPluginId(), name, criterion.getWeight(), submission.getStatus(),
                score.getValue(), score.getConfidence(),
                score.isFailed() ? null : Text.of(score.getRationaleEn(), score.getRationaleZh()),
                score.isFailed() ? null : Text.of(score.getRedFlagsEn(), score.getRedFlagsZh()),
                score.getPlugin(), score.getFailureReason(), override, evidence);
    }
}
