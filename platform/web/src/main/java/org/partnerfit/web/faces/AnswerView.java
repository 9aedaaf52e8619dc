package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.PartnerAnswers;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.shared.ChangedSinceReadException;
import org.partnerfit.shared.ConcurrentChangeException;
import org.partnerfit.shared.DatabaseUnavailableException;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.QuestionType;
import org.partnerfit.web.security.Caller;

/**
 * A partner answers one criterion of one invitation: drafts saved by hand and automatically,
 * evidence files, the clarification thread with the client's assessors, submit.
 */
@Named
@ViewScoped
public class AnswerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerPortal portal;

    @EJB
    private org.partnerfit.assessment.application.EvidenceLocker evidence;

    @EJB
    private org.partnerfit.assessment.application.Clarifications clarifications;

    @Inject
    private Caller caller;

    private Long invitation;
    private String criterion;
    private PartnerAnswers current;
    private final QuestionForm form = new QuestionForm();
    /** What the last save stored, so the autosave writes only changes. */
    private Answers lastSaved = Answers.NONE;
    /** The revision of the saved answers this page's next save is based on. */
    private long revision;
    /** Someone else saved these answers since this page read them: autosave waits for the partner's choice. */
    private boolean changedElsewhere;
    private java.time.Instant autosavedAt;
    private String autosaveProblem;
    private transient List<org.partnerfit.assessment.domain.EvidenceInfo> files;
    private transient List<org.partnerfit.assessment.application.ClarificationMessage> thread;
    private String reply;

    public void load() {
        if (invitation == null || criterion == null) {
            FacesResponses.notFound();
            return;
        }
        try {
            current = portal.answers(caller.getContact(), invitation, criterion);
        } catch (NotFoundException e) {
            FacesResponses.notFound();
            return;
        }
        form.fill(current.questionnaire().questions(), current.answers(), current.editable());
        lastSaved = answers();
        revision = current.revision();
    }

    /**
     * Saves a draft when the form changed since the last save; quiet, and never blocks the partner.
     * One save of this page at a time: an autosave and a press of Save at once would both be based
     * on the same revision, and the second would take the first for someone else's.
     */
    public synchronized void autosave() {
        Answers answers = answers();
        if (current == null || !current.editable() || answers.equals(lastSaved) || changedElsewhere) {
            return;
        }
        try {
            revision = portal.saveDraft(caller.getContact(), invitation, criterion, answers, revision);
            lastSaved = answers;
            autosavedAt = java.time.Instant.now();
            autosaveProblem = null;
            form.setProblems(Map.of());   // a problem the partner has since corrected is not drawn again
        } catch (ChangedSinceReadException e) {
            // Another tab or a colleague saved since: never overwrite that unseen. A save by hand may.
            changedElsewhere = true;
            revision = e.currentRevision();
            autosaveProblem = FacesResponses.text("answers.autosaveChangedElsewhere");
        } catch (org.partnerfit.shared.StateConflictException e) {
            // Closed, past its due date or submitted from another tab: say so, not "answers need attention".
            autosaveProblem = FacesResponses.text("answers.autosaveRefused", e.message(FacesResponses.locale()));
        } catch (InvalidInputException e) {
            // Autosave does not redraw the fields while the partner types: the message names them.
            Map<String, String> problems = e.problems(FacesResponses.locale());
            form.setProblems(problems);
            String named = form.getQuestions().stream().filter(q -> problems.containsKey(q.key()))
                    .map(q -> q.label().in(FacesResponses.locale())).collect(java.util.stream.Collectors.joining(FacesResponses.text("list.separator")));
            autosaveProblem = named.isEmpty() ? FacesResponses.text("answers.autosaveFailed")
                    : FacesResponses.text("answers.autosaveFailedAt", named);
        } catch (jakarta.ejb.EJBException | ConcurrentChangeException | DatabaseUnavailableException e) {
            // Saved from elsewhere at the same moment, or the database away: the answers stay on
            // screen, and the next autosave tries again.
            autosaveProblem = FacesResponses.text(failedSave(e));
        }
    }

    /**
     * The message for a save that failed while the answers can stay on screen: another save of the
     * same answers won, or the database is out of reach. Any other failure goes on to the error page.
     */
    private static String failedSave(RuntimeException e) {
        if (org.partnerfit.shared.ConcurrentChange.in(e)) {
            return "answers.concurrentChange";
        }
        if (DatabaseUnavailableException.causes(e)) {
            return "answers.databaseUnavailable";
        }
        throw e;
    }

    /** A file arrives for one evidence question (named by the upload component's "question" attribute). */
    public void attach(org.primefaces.event.FileUploadEvent event) {
        String question = (String) event.getComponent().getAttributes().get("question");
        var file = event.getFile();
        if (getEvidenceQuestions().stream().noneMatch(q -> q.key().equals(question))) {
            // Hidden since the page drew it, by an answer changed in another tab's save, say.
            FacesResponses.error(FacesResponses.text("evidence.notAsked"), Map.of());
            return;
        }
        try {
            evidence.upload(caller.getContact(), invitation, criterion, question, file.getFileName(), file.getContent());
            FacesResponses.info(FacesResponses.text("evidence.attached") + " " + file.getFileName());
            files = null;
        } catch (InvalidInputException e) {
            FacesResponses.refused(e, false);
        }
    }

    public void detach(long evidenceId) {
        try {
            evidence.remove(caller.getContact(), invitation, evidenceId);
        } catch (InvalidInputException e) {
            FacesResponses.refused(e, false);
        } catch (NotFoundException e) {   // removed in another tab meanwhile
            FacesResponses.info(FacesResponses.text("evidence.alreadyRemoved"));
        }
        files = null;
    }

    /** The largest file accepted, for the upload to refuse a larger one before sending it. */
    public long getEvidenceMaxBytes() {
        return evidence.maxBytes();
    }

    public String getEvidenceTooLarge() {
        return evidence.tooLarge().in(FacesResponses.locale());
    }

    public List<org.partnerfit.assessment.domain.EvidenceInfo> evidenceFor(String questionKey) {
        if (files == null) {
            files = evidence.ofCriterion(caller.getContact(), invitation, criterion);
        }
        return files.stream().filter(f -> f.questionKey().equals(questionKey)).toList();
    }

    /** The evidence questions the answers on screen ask (a file for a strategy the partner says it has, say). */
    public List<Question> getEvidenceQuestions() {
        return getQuestions().stream().filter(q -> q.type() == QuestionType.EVIDENCE && form.shown(q)).toList();
    }

    /** This criterion's messages with the client's assessors, oldest first. */
    public List<org.partnerfit.assessment.application.ClarificationMessage> getThread() {
        if (thread == null && invitation != null) {
            thread = clarifications.forPartner(caller.getContact(), invitation).stream()
                    .filter(m -> m.pluginId().equals(criterion)).toList();
        }
        return thread;
    }

    public void sendReply() {
        try {
            clarifications.reply(caller.getContact(), invitation, criterion, reply);
            reply = null;
            thread = null;
            FacesResponses.info(FacesResponses.text("clarification.sent"));
        } catch (InvalidInputException e) {
            FacesResponses.refused(e, false);
        }
    }

    public void save() {
        store(false);
    }

    public String submit() {
        if (!store(true)) {
            return null;
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/partner/invitations?faces-redirect=true";
    }

    private synchronized boolean store(boolean submit) {
        Answers answers = answers();
        try {
            if (submit) {
                portal.submit(caller.getContact(), invitation, criterion, answers, revision);
                FacesResponses.info(FacesResponses.text("answers.submitted"));
            } else {
                revision = portal.saveDraft(caller.getContact(), invitation, criterion, answers, revision);
                FacesResponses.info(FacesResponses.text("answers.saved"));
            }
            form.setProblems(Map.of());
            lastSaved = answers;
            changedElsewhere = false;
            autosaveProblem = null;
            current = portal.answers(caller.getContact(), invitation, criterion);
            form.fill(current.questionnaire().questions(), current.answers(), current.editable());
            return true;
        } catch (ChangedSinceReadException e) {
            // The partner sees this and chooses: the page again keeps the other save, this save again replaces it.
            changedElsewhere = true;
            revision = e.currentRevision();
            autosaveProblem = FacesResponses.text("answers.autosaveChangedElsewhere");
            FacesResponses.error(FacesResponses.text("answers.changedElsewhere"), Map.of());
            return false;
        } catch (org.partnerfit.shared.StateConflictException e) {
            FacesResponses.refused(e, false);
            return false;
        } catch (jakarta.ejb.EJBException | ConcurrentChangeException | DatabaseUnavailableException e) {
            FacesResponses.error(FacesResponses.text(failedSave(e)), Map.of());
            return false;
        } catch (InvalidInputException e) {
            form.setProblems(e.problems(FacesResponses.locale()));
            FacesResponses.error(FacesResponses.text("answers.invalid"), Map.of());
            return false;
        } catch (NotFoundException e) {
            FacesResponses.notFound();
            return false;
        }
    }

    private Answers answers() {
        return form.answers();
    }

    public List<Question> getQuestions() {
        return current == null ? List.of() : current.questionnaire().questions();
    }

    public PartnerAnswers getCurrent() {
        return current;
    }

    public QuestionForm getForm() {
        return form;
    }

    public java.util.Date getAutosavedAt() {
        return autosavedAt == null ? null : java.util.Date.from(autosavedAt);
    }

    public String getAutosaveProblem() {
        return autosaveProblem;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Long getInvitation() {
        return invitation;
    }

    public void setInvitation(Long invitation) {
        this.invitation = invitation;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }
}
