package org.partnerfit.scoring.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.assessment.domain.AssessmentCriterion;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.infrastructure.LoadedPlugin;
import org.partnerfit.scoring.domain.CriterionScore;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Re-scores the submitted answers of one criterion with another installed version of its plugin
 * and sets the result beside the pinned scores. Nothing is stored: the assessment keeps the
 * version it was created with, so its results never change behind its users' backs.
 */
@Stateless
public class RescoreService {

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private TenantScope tenancy;

    @EJB
    private PluginRegistry plugins;

    @Inject
    private ScoringEngine engine;

    @EJB
    private SubmissionScorer scorer;

    public RescoreComparison compare(TenantId tenant, long assessmentId, String pluginId, String newVersion) {
        tenancy.enter(em, tenant);
        Assessment assessment = em.createNamedQuery("Assessment.byId", Assessment.class).setParameter("id", assessmentId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No such assessment."));
        AssessmentCriterion criterion = assessment.getCriteria().stream().filter(c -> c.getPluginId().equals(pluginId))
                .findFirst().orElseThrow(() -> new NotFoundException("This assessment has no criterion " + pluginId + "."));
        LoadedPlugin newer = plugins.plugin(pluginId, newVersion).orElseThrow(() -> new InvalidInputException(
                Wording.of("rescore.versionNotInstalled", pluginId + "@" + newVersion), "version", Wording.of("problem.notInstalled")));
        List<RescoreLine> lines = new ArrayList<>();
        for (Submission s : em.createNamedQuery("Submission.ofAssessment", Submission.class)
                .setParameter("assessment", assessment).getResultList()) {
            if (!s.getCriterion().getId().equals(criterion.getId()) || s.getStatus() != SubmissionStatus.SUBMITTED) {
                continue;
            }
            CriterionScore pinned = em.createNamedQuery("CriterionScore.ofSubmission", CriterionScore.class)
                    .setParameter("submission", s).setMaxResults(1).getResultStream().findFirst().orElse(null);
            ScoringOutcome outcome = engine.score(newer, scorer.inputFor(s));
            lines.add(new RescoreLine(s.getInvitation().getFirmName(),
                    pinned == null ? null : pinned.getValue(), pinned == null ? null : pinned.getConfidence(),
                    outcome.failed() ? null : outcome.score().value(), outcome.failed() ? null : outcome.score().confidence(),
                    outcome.failure()));
        }
        lines.sort(java.util.Comparator.comparing(RescoreLine::firmName));
        return new RescoreComparison(pluginId, criterion.getPluginVersion(), newVersion, lines);
    }
}
