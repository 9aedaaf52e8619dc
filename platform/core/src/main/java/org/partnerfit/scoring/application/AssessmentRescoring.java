package org.partnerfit.scoring.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.assessment.domain.AssessmentCriterion;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.ClientProfile;
import org.partnerfit.assessment.domain.EvidenceInfo;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.infrastructure.LoadedPlugin;
import org.partnerfit.scoring.domain.CriterionScore;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.StateConflictException;
import org.partnerfit.shared.Wording;
import org.partnerfit.spi.Evidence;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Scores every submitted answer of an assessment again with the plugin versions it pinned, for
 * instance after the client changed its profile: the new scores become the latest, the old ones
 * stay on record. Only while the assessment is open or in review; a decision is final.
 */
@Stateless
public class AssessmentRescoring {

    private static final Set<AssessmentStatus> RESCORABLE = Set.of(AssessmentStatus.OPEN, AssessmentStatus.IN_REVIEW);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private PluginRegistry plugins;

    @Inject
    private ScoringEngine engine;

    @EJB
    private AuditTrail audit;

    /** Re-scores the assessment's submitted answers; says how many were scored and how many of those failed. */
    public Rescored rescore(TenantId tenant, long assessmentId) {
        tenancy.enter(em, tenant);
        Assessment assessment = em.createNamedQuery("Assessment.byId", Assessment.class).setParameter("id", assessmentId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No such assessment."));
        if (!RESCORABLE.contains(assessment.getStatus())) {
            throw new StateConflictException(Wording.of("rescore.onlyOpenOrInReview", assessment.getStatus().wording()), "status");
        }
        // Profiles and evidence are read once for the whole assessment, not once per submission.
        Map<String, Optional<ClientProfile>> profiles = new HashMap<>();
        Map<String, LoadedPlugin> pinned = new HashMap<>();
        for (AssessmentCriterion c : assessment.getCriteria()) {
            profiles.put(c.getPluginId(), em.createNamedQuery("ClientProfile.ofPlugin", ClientProfile.class)
                    .setParameter("plugin", c.getPluginId()).getResultStream().findFirst());
            pinned.put(c.getPluginId(), plugins.plugin(c.getPluginId(), c.getPluginVersion()).orElseThrow(() ->
                    new IllegalStateException(c.getPluginId() + "@" + c.getPluginVersion() + " is pinned but not installed")));
        }
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        em.createNamedQuery("EvidenceFile.ofAssessment", Object[].class).setParameter("assessment", assessment)
                .getResultStream().forEach(row -> evidence.computeIfAbsent((Long) row[1], k -> new ArrayList<>())
                        .add(((EvidenceInfo) row[0]).forScorer()));

        // Start every scorer first, then collect, so the managed threads work side by side.
        List<Submission> submitted = em.createNamedQuery("Submission.ofAssessment", Submission.class)
                .setParameter("assessment", assessment).getResultStream()
                .filter(s -> s.getStatus() == SubmissionStatus.SUBMITTED).toList();
        List<ScoringEngine.Running> running = new ArrayList<>(submitted.size());
        for (Submission s : submitted) {
            String pluginId = s.getCriterion().getPluginId();
            running.add(engine.start(pinned.get(pluginId),
                    SubmissionScorer.input(s.getAnswers(), evidence.getOrDefault(s.getId(), List.of()), profiles.get(pluginId))));
        }
        int failed = 0;
        for (int i = 0; i < submitted.size(); i++) {
            ScoringEngine.Running r = running.get(i);
            ScoringOutcome outcome = engine.finish(r);
            Submission s = submitted.get(i);
            if (outcome.failed()) {
                failed++;
                em.persist(CriterionScore.failed(s, r.plugin().coordinates(), outcome.inputsHash(), outcome.failure()));
            } else {
                em.persist(CriterionScore.computed(s, r.plugin().coordinates(), outcome.inputsHash(), outcome.score()));
            }
        }
        audit.record(AuditAction.ASSESSMENT_RESCORED, tenant, "assessment " + assessmentId,
                submitted.size() + " submissions re-scored with the pinned plugins" + (failed > 0 ? ", " + failed + " failed" : ""));
        return new Rescored(submitted.size(), failed);
    }
}
