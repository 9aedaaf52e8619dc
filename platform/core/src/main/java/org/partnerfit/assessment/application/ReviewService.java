package org.partnerfit.assessment.application;

import java.util.ArrayList;
import java.util.Comparator;
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
        tenancy.enter(em, tenant);
        Assessment assessment = em.createNamedQuery("Assessment.byId", Assessment.class)
                .setParameter("id", assessmentId).getResultStream().findFirst().orElseThrow(() -> {
                    LOG.warning(() -> "Tenant " + tenant + " asked for assessment " + assessmentId + ", not its own");
                    audit.record(org.partnerfit.audit.AuditAction.ACCESS_DENIED, tenant, "assessment " + assessmentId, "not found in this tenant");
                    return new NotFoundException("No such assessment.");
                });
        String stamp = stamp(assessment);
        List<PartnerResult> partners = cache.get(tenant, assessmentId, stamp);
        if (partners == null) {
            partners = partners(assessment);
            cache.put(tenant, assessmentId, stamp, partners);
        }
        // The installed versions are read once, not once per criterion.
        Map<String, String> newest = new java.util.HashMap<>();
        plugins.latestOfEach().forEach(a -> newest.put(a.getPluginId(), a.getPluginVersion()));
        List<PinnedCriterion> criteria = assessment.getCriteria().stream()
                .map(c -> new PinnedCriterion(c.getPluginId(), c.getPluginVersion(), name(c), c.getWeight(),
                        newest.getOrDefault(c.getPluginId(), c.getPluginVersion())))
                .toList();
        return new AssessmentReview(assessment.getId(), assessment.getName(), assessment.getDescription(),
                assessment.getStatus(), assessment.getDueDate(), criteria, partners);
    }

    /**
     * What the ranking is built from, summed up: counts, versions and newest ids of the
     * assessment's criteria, invitations, submissions, scores and evidence. Any write the
     * ranking shows changes it (an update raises a version, an insert a count and the newest id).
     */
    private String stamp(Assessment assessment) {
        StringBuilder stamp = new StringBuilder().append(assessment.getVersion());
        assessment.getCriteria().forEach(c -> stamp.append('/').append(c.getId()).append(':').append(c.getVersion()));
        for (String query : List.of(
                "select count(i), sum(i.version), max(i.id) from Invitation i where i.assessment = :assessment",
                "select count(s), sum(s.version), max(s.id) from Submission s where s.invitation.assessment = :assessment",
                "select count(c), max(c.id) from CriterionScore c where c.submission.invitation.assessment = :assessment",
                "select count(e), sum(e.version), max(e.id) from EvidenceFile e where e.submission.invitation.assessment = :assessment")) {
            Object[] row = em.createQuery(query, Object[].class).setParameter("assessment", assessment).getSingleResult();
            stamp.append('|').append(java.util.Arrays.toString(row));
        }
        return stamp.toString();
    }

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
        Map<AssessmentCriterion, Text> names = new java.util.HashMap<>();
        assessment.getCriteria().forEach(c -> names.put(c, name(c)));
        List<PartnerResult> partners = new ArrayList<>();
        for (Invitation invitation : invitations) {
            Map<Long, Submission> byCriterion = submissions.getOrDefault(invitation.getId(), Map.of());
            List<CriterionResult> results = assessment.getCriteria().stream()
                    .map(c -> {
                        Submission s = byCriterion.get(c.getId());
                        return result(c, names.get(c), s, s == null ? null : latestScores.get(s.getId()),
                                s == null ? List.of() : evidence.getOrDefault(s.getId(), List.of()));
                    }).toList();
            partners.add(new PartnerResult(invitation.getId(), invitation.getFirmName(),
                    invitation.getContactEmail(), results, invitation.getRecommendation(),
                    invitation.getRecommendationNote(), invitation.getRecommendedBy()));
        }
        partners.sort(Comparator.comparing(PartnerResult::weightedTotal,
                Comparator.nullsLast(Comparator.reverseOrder())));
        return partners;
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
