package org.partnerfit.scoring.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.ClientProfile;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.plugin.infrastructure.LoadedPlugin;
import org.partnerfit.scoring.domain.CriterionScore;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.ScoringInput;

/**
 * Scores a submitted criterion with its pinned plugin and the client's profile, and records the
 * result beside the submission. Joins the caller's transaction, already bound to the tenant.
 */
@Stateless
public class SubmissionScorer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScoringEngine engine;

    public CriterionScore score(Submission submission, LoadedPlugin plugin) {
        ScoringOutcome outcome = engine.score(plugin, inputFor(submission));
        CriterionScore score = outcome.failed()
                ? CriterionScore.failed(submission, plugin.coordinates(), outcome.inputsHash(), outcome.failure())
                : CriterionScore.computed(submission, plugin.coordinates(), outcome.inputsHash(), outcome.score());
        em.persist(score);
        return score;
    }

    /**
     * What the scorer sees of a submission: its answers, its evidence files' metadata, the client's
     * profile and the client admin's settings of the criterion.
     */
    public ScoringInput inputFor(Submission submission) {
        java.util.Optional<ClientProfile> client = em.createNamedQuery("ClientProfile.ofPlugin", ClientProfile.class)
                .setParameter("plugin", submission.getCriterion().getPluginId()).getResultStream().findFirst();
        java.util.List<org.partnerfit.spi.Evidence> evidence = em.createNamedQuery("EvidenceFile.ofSubmission",
                        org.partnerfit.assessment.domain.EvidenceInfo.class)
                .setParameter("submission", submission).getResultStream()
                .map(org.partnerfit.assessment.domain.EvidenceInfo::forScorer).toList();
        return input(submission.getAnswers(), evidence, client);
    }

    /** A scorer's input from the partner's answers and files and the client's profile and settings, if it has any. */
    static ScoringInput input(Answers partner, java.util.List<org.partnerfit.spi.Evidence> evidence,
                              java.util.Optional<ClientProfile> client) {
        return new ScoringInput(partner, evidence, client.map(ClientProfile::getAnswers).orElse(Answers.NONE),
                client.map(ClientProfile::configuration).orElse(null));
    }
}
