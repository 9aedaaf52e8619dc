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
        List<Submission> submissions = em.createNamedQuery("Submission.ofAssessment", Submission.class)
                .setParameter("assessment", assessment).getResultList();
        List<PartnerResult> partners = new ArrayList<>();
        for (Invitation invitation : em.createNamedQuery("Invitation.ofAssessment", Invitation.class)
                .setParameter("assessment", assessment).getResultList()) {
            Map<Long, Submission> byCriterion = submissions.stream()
                    .filter(s -> s.getInvitation().getId().equals(invitation.getId()))
                    .collect(Collectors.toMap(s -> s.getCriterion().getId(), Function.identity()));
            List<CriterionResult> results = assessment.getCriteria().stream()
                    .map(c -> result(c, byCriterion.get(c.getId()))).toList();
            partners.add(new PartnerResult(invitation.getId(), invitation.getFirmName(),
                    invitation.getContactEmail(), results));
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
        return plugins.plugin(criterion.getPluginId(), criterion.getPluginVersion())
                .map(p -> p.descriptor().name()).orElse(Text.of(criterion.getPluginId(), criterion.getPluginId()));
    }

    private CriterionResult result(AssessmentCriterion criterion, Submission submission) {
        Text name = name(criterion);
        if (submission == null) {
            return new CriterionResult(criterion.getPluginId(), name, criterion.getWeight(), null,
                    null, null, null, null, null, null);
        }
        CriterionScore score = em.createNamedQuery("CriterionScore.ofSubmission", CriterionScore.class)
                .setParameter("submission", submission).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (score == null) {
            return new CriterionResult(criterion.getPluginId(), name, criterion.getWeight(), submission.getStatus(),
                    null, null, null, null, null, null);
        }
        return new CriterionResult(criterion.getPluginId(), name, criterion.getWeight(), submission.getStatus(),
                score.getValue(), score.getConfidence(),
                score.isFailed() ? null : Text.of(score.getRationaleEn(), score.getRationaleZh()),
                score.isFailed() ? null : Text.of(score.getRedFlagsEn(), score.getRedFlagsZh()),
                score.getPlugin(), score.getFailureReason());
    }
}
