package org.partnerfit.assessment.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

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

    public List<AssessmentSummary> assessments(TenantId tenant) {
        tenancy.enter(em, tenant);
        return em.createNamedQuery("Assessment.all", Assessment.class).getResultStream()
                .map(a -> new AssessmentSummary(a.getId(), a.getName(), a.getStatus(), a.getDueDate(),
                        em.createNamedQuery("Invitation.ofAssessment", Invitation.class)
                                .setParameter("assessment", a).getResultList().size()))
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
        // One query per kind of record, whatever the number of partners: the page must stay fast at scale.
        List<Submission> submissions = em.createNamedQuery("Submission.ofAssessment", Submission.class)
                .setParameter("assessment", assessment).getResultList();
        Map<Long, CriterionScore> latestScores = new java.util.HashMap<>();
        em.createNamedQuery("CriterionScore.ofAssessment", CriterionScore.class).setParameter("assessment", assessment)
                .getResultStream().forEach(score -> latestScores.putIfAbsent(score.getSubmission().getId(), score));
        Map<Long, List<EvidenceInfo>> evidence = new java.util.HashMap<>();
        em.createNamedQuery("EvidenceFile.ofAssessment", Object[].class).setParameter("assessment", assessment)
                .getResultStream().forEach(row -> evidence.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add((EvidenceInfo) row[0]));
        Map<AssessmentCriterion, Text> names = new java.util.HashMap<>();
        assessment.getCriteria().forEach(c -> names.put(c, name(c)));
        List<PartnerResult> partners = new ArrayList<>();
        for (Invitation invitation : em.createNamedQuery("Invitation.ofAssessment", Invitation.class)
                .setParameter("assessment", assessment).getResultList()) {
            Map<Long, Submission> byCriterion = submissions.stream()
                    .filter(s -> s.getInvitation().getId().equals(invitation.getId()))
                    .collect(Collectors.toMap(s -> s.getCriterion().getId(), Function.identity()));
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
        List<PinnedCriterion> criteria = assessment.getCriteria().stream()
                .map(c -> new PinnedCriterion(c.getPluginId(), c.getPluginVersion(), name(c), c.getWeight(),
                        plugins.latest(c.getPluginId()).map(a -> a.getPluginVersion()).orElse(c.getPluginVersion())))
                .toList();
        return new AssessmentReview(assessment.getId(), assessment.getName(), assessment.getDescription(),
                assessment.getStatus(), assessment.getDueDate(), criteria, partners);
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
