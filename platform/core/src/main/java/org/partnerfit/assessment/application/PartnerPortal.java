package org.partnerfit.assessment.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.AssessmentCriterion;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.PartnerGrant;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.persistence.ConcurrentChangeCheck;
import org.partnerfit.persistence.Revisions;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.infrastructure.LoadedPlugin;
import org.partnerfit.scoring.application.SubmissionScorer;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Pages;
import org.partnerfit.shared.Wording;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Text;
import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * What a partner contact does: see the invitations granted to them, answer each criterion,
 * save drafts and submit. Every call resolves the tenant from the contact's grant first, so a
 * contact reaches nothing they were not invited to.
 */
@Stateless
@Interceptors(ConcurrentChangeCheck.class) // partners save drafts from several tabs and by autosave
public class PartnerPortal {

    private static final Logger LOG = Logger.getLogger(PartnerPortal.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private org.partnerfit.audit.AuditTrail audit;

    @jakarta.inject.Inject
    private TenantScope tenancy;

    @EJB
    private PartnerGrants grants;

    @EJB
    private PluginRegistry plugins;

    @EJB
    private TenantDirectory tenants;

    @EJB
    private SubmissionScorer scorer;

    @EJB
    private PartnerPortal self;

    /** All invitations of this contact, across the client organisations that invited them, in {@link #invitations(PartnerContact, int, int)}'s order. */
    public List<PartnerInvitation> invitations(PartnerContact contact) {
        return ordered(grants.of(contact)).stream().map(id -> self.invitation(contact, id)).toList();
    }

    /**
     * A page of this contact's invitations (a page past the end is the last one): those open for
     * answers first, then the rest, newest first in each. Only the page's invitations are read in
     * full (a transaction each, in its client's tenant); the order costs one small query per client.
     */
    public PartnerInvitationPage invitations(PartnerContact contact, int page, int size) {
        if (size < 1) {
            throw new InvalidInputException(Wording.of("page.atLeastOneInvitation"), "size", Wording.of("problem.lessThanOne"));
        }
        List<PartnerGrant> all = grants.of(contact);
        int number = Pages.within(page, all.size(), size);
        List<PartnerInvitation> shown = ordered(all).stream().skip((long) (number - 1) * size).limit(size)
                .map(id -> self.invitation(contact, id)).toList();
        return new PartnerInvitationPage(number, size, all.size(), shown);
    }

    /** The invitation ids of these grants (newest first), those open for answers moved to the front. */
    private List<Long> ordered(List<PartnerGrant> grantsNewestFirst) {
        Map<TenantId, List<Long>> byClient = new LinkedHashMap<>();
        grantsNewestFirst.forEach(g -> byClient.computeIfAbsent(new TenantId(g.getTenantId()), t -> new ArrayList<>()).add(g.getInvitationId()));
        Set<Long> open = new HashSet<>();
        byClient.forEach((tenant, ids) -> open.addAll(self.openAmong(tenant, ids)));
        return grantsNewestFirst.stream().map(PartnerGrant::getInvitationId)
                .sorted(Comparator.comparing(id -> !open.contains(id))) // stable: newest first stays
                .toList();
    }

    /** Which of these invitations of one client belong to an assessment open for answers. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public List<Long> openAmong(TenantId tenant, List<Long> invitationIds) {
        tenancy.enter(em, tenant);
        return em.createNamedQuery("Invitation.openAmong", Long.class).setParameter("ids", invitationIds)
                .setParameter("open", AssessmentStatus.OPEN).getResultList();
    }

    /** One invitation of this contact; runs in its own transaction, bound to the invitation's tenant. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public PartnerInvitation invitation(PartnerContact contact, long invitationId) {
        TenantId tenant = grants.tenantOf(contact, invitationId);
        Invitation invitation = invitationIn(tenant, invitationId);
        // Each criterion's status from one query, not one per criterion.
        Map<Long, SubmissionStatus> statuses = new java.util.HashMap<>();
        em.createNamedQuery("Submission.statusesOfInvitation", Object[].class).setParameter("invitation", invitation)
                .getResultStream().forEach(row -> statuses.put((Long) row[0], (SubmissionStatus) row[1]));
        List<CriterionTask> tasks = new ArrayList<>();
        for (AssessmentCriterion c : invitation.getAssessment().getCriteria()) {
            tasks.add(new CriterionTask(c.getPluginId(), c.getPluginVersion(), name(c), statuses.get(c.getId())));
        }
        String clientName = tenants.find(tenant).map(t -> t.getName()).orElse(tenant.value());
        var a = invitation.getAssessment();
        return new PartnerInvitation(invitationId, clientName, invitation.getFirmName(), a.getName(),
                a.getDescription(), a.getDueDate(), a.getStatus(), tasks, invitation.isFeedbackShared());
    }

    /** The questionnaire and the answers so far for one criterion of an invitation. */
    public PartnerAnswers answers(PartnerContact contact, long invitationId, String pluginId) {
        TenantId tenant = grants.tenantOf(contact, invitationId);
        Invitation invitation = invitationIn(tenant, invitationId);
        AssessmentCriterion criterion = Lookup.criterion(invitation, pluginId);
        Optional<Submission> submission = submission(invitation, criterion);
        SubmissionStatus status = submission.map(Submission::getStatus).orElse(null);
        return new PartnerAnswers(invitationId, pluginId, name(criterion),
                loaded(criterion).plugin().partnerQuestionnaire(),
                submission.map(Submission::getAnswers).orElse(Answers.NONE), status,
                invitation.getAssessment().acceptsAnswers(AssessmentLifecycle.today()) && status != SubmissionStatus.SUBMITTED,
                Revisions.of(submission.orElse(null)));
    }

    /** Saves answers as a draft; values must be valid, required ones may still be missing. */
    public void saveDraft(PartnerContact contact, long invitationId, String pluginId, Answers answers) {
        saveDraft(contact, invitationId, pluginId, answers, null);
    }

    /**
     * As above, refused when the answers were saved again since {@code readRevision} was read
     * (null: whatever is saved is replaced). Returns the revision this save made.
     */
    public long saveDraft(PartnerContact contact, long invitationId, String pluginId, Answers answers, Long readRevision) {
        Submission submission = editable(contact, invitationId, pluginId, readRevision);
        if (answers == null) {
            throw new InvalidInputException(Wording.of("answers.noneSent"), "values", Wording.of("problem.required"));
        }
        submission.saveDraft(AnswerValidation.check(
                loaded(submission.getCriterion()).plugin().partnerQuestionnaire(), answers, false));
        em.flush();   // the version the save gives the record, for the caller's next save to be based on
        return submission.getVersion();
    }

    /** Saves and submits answers, locking them, and scores them with the pinned plugin version. */
    public void submit(PartnerContact contact, long invitationId, String pluginId, Answers answers) {
        submit(contact, invitationId, pluginId, answers, null);
    }

    /** As above, refused when the answers were saved again since {@code readRevision} was read (null: not checked). */
    public void submit(PartnerContact contact, long invitationId, String pluginId, Answers answers, Long readRevision) {
        Submission submission = editable(contact, invitationId, pluginId, readRevision);
        LoadedPlugin plugin = loaded(submission.getCriterion());
        submission.saveDraft(AnswerValidation.check(plugin.plugin().partnerQuestionnaire(), answers, true));
        lockAndScore(submission, plugin);
    }

    /**
     * Submits every criterion not yet submitted, with the answers saved so far; all or nothing:
     * if any criterion is incomplete, nothing is submitted and the problems name the criteria.
     */
    public int submitAll(PartnerContact contact, long invitationId) {
        TenantId tenant = grants.tenantOf(contact, invitationId);
        Invitation invitation = invitationIn(tenant, invitationId);
        Map<String, Wording> problems = new java.util.LinkedHashMap<>();
        List<Submission> ready = new ArrayList<>();
        for (AssessmentCriterion c : invitation.getAssessment().getCriteria()) {
            Optional<Submission> existing = submission(invitation, c);
            if (existing.map(Submission::isLocked).orElse(false)) {
                continue;
            }
            Submission submission = Lookup.editable(em, invitation, c.getPluginId(), AssessmentLifecycle.today());
            try {
                AnswerValidation.check(loaded(c).plugin().partnerQuestionnaire(), submission.getAnswers(), true);
                ready.add(submission);
            } catch (InvalidInputException e) {
                problems.put(c.getPluginId(), Wording.of("submitAll.criterionIncomplete", name(c), e.problems().size()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Wording.of("submitAll.incomplete"), problems);
        }
        if (ready.isEmpty()) {
            throw new org.partnerfit.shared.StateConflictException(Wording.of("submitAll.nothingLeft"), "submission");
        }
        ready.forEach(s -> lockAndScore(s, loaded(s.getCriterion())));
        return ready.size();
    }

    private void lockAndScore(Submission submission, LoadedPlugin plugin) {
        submission.submit();
        em.flush();
        scorer.score(submission, plugin);
        long invitationId = submission.getInvitation().getId();
        String pluginId = submission.getCriterion().getPluginId();
        audit.record(org.partnerfit.audit.AuditAction.ANSWERS_SUBMITTED,
                new TenantId(submission.getInvitation().getAssessment().getTenantId()),
                "invitation " + invitationId + " / " + pluginId, submission.getInvitation().getFirmName());
        LOG.info(() -> "Invitation " + invitationId + " submitted " + pluginId);
    }

    /**
     * The submission to change, refused when it was saved again since {@code readRevision}. One
     * that holds no answers yet has nothing to lose: an evidence upload may have made it after the
     * page was read, and it takes any first save.
     */
    private Submission editable(PartnerContact contact, long invitationId, String pluginId, Long readRevision) {
        TenantId tenant = grants.tenantOf(contact, invitationId);
        Submission submission = Lookup.editable(em, invitationIn(tenant, invitationId), pluginId, AssessmentLifecycle.today());
        if (!submission.getAnswers().values().isEmpty()) {
            Revisions.expect(readRevision, submission);
        }
        return submission;
    }

    private Invitation invitationIn(TenantId tenant, long invitationId) {
        tenancy.enter(em, tenant);
        return Lookup.invitation(em, invitationId);
    }

    private Optional<Submission> submission(Invitation invitation, AssessmentCriterion criterion) {
        return Lookup.submission(em, invitation, criterion);
    }

    private LoadedPlugin loaded(AssessmentCriterion c) {
        return plugins.plugin(c.getPluginId(), c.getPluginVersion()).orElseThrow(() -> new IllegalStateException(
                "Plugin " + c.getPluginId() + "@" + c.getPluginVersion() + " pinned by an assessment is not installed."));
    }

    private Text name(AssessmentCriterion c) {
        return plugins.name(c.getPluginId(), c.getPluginVersion());
    }
}
