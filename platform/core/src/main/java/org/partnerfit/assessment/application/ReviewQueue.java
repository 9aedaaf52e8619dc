package org.partnerfit.assessment.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.Clarification;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.spi.Text;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * The assessors' work list: every submitted criterion of the tenant's open and in-review
 * assessments, oldest first, with what still needs a look — files not verified, a partner's
 * message not answered, no override or recommendation yet.
 */
@Stateless
public class ReviewQueue {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private PluginRegistry plugins;

    public List<QueueItem> items(TenantId tenant) {
        tenancy.enter(em, tenant);
        List<Submission> submissions = em.createNamedQuery("Submission.awaitingReview", Submission.class).getResultList();
        Map<Long, long[]> files = new HashMap<>();
        em.createQuery("select e.submission.id, e.verified from EvidenceFile e where e.submission.status = "
                        + "org.partnerfit.assessment.domain.SubmissionStatus.SUBMITTED", Object[].class)
                .getResultStream().forEach(row -> {
                    long[] counts = files.computeIfAbsent((Long) row[0], k -> new long[2]);
                    counts[0]++;
                    counts[1] += Boolean.TRUE.equals(row[1]) ? 0 : 1;
                });
        Map<String, Boolean> partnerSpokeLast = new HashMap<>();
        em.createQuery("select c from Clarification c order by c.sentAt, c.id", Clarification.class).getResultStream()
                .forEach(c -> partnerSpokeLast.put(c.getInvitation().getId() + "/" + c.getPluginId(), !c.isFromAssessor()));
        Map<String, Text> names = new HashMap<>();
        return submissions.stream().map(s -> {
            String pluginId = s.getCriterion().getPluginId();
            long[] counts = files.getOrDefault(s.getId(), new long[2]);
            return new QueueItem(s.getInvitation().getAssessment().getId(), s.getInvitation().getAssessment().getName(),
                    s.getInvitation().getId(), s.getInvitation().getFirmName(), pluginId,
                    names.computeIfAbsent(s.getCriterion().getPluginVersion() + pluginId, k -> name(pluginId, s.getCriterion().getPluginVersion())),
                    s.getSubmittedAt(), s.getOverrideValue() != null, counts[0], counts[1],
                    partnerSpokeLast.getOrDefault(s.getInvitation().getId() + "/" + pluginId, false),
                    s.getInvitation().getRecommendation() != null);
        }).toList();
    }

    private Text name(String pluginId, String version) {
        return plugins.plugin(pluginId, version).map(p -> p.descriptor().name()).orElse(Text.of(pluginId, pluginId));
    }
}
