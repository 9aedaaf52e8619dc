package org.partnerfit.web.faces;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.AssessmentLifecycle;
import org.partnerfit.scoring.application.AssessmentRescoring;
import org.partnerfit.scoring.application.Rescored;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.security.Caller;

/**
 * A client admin moves an assessment along: close early, decide, archive, a later due date, a
 * repeat; a client admin or an assessor scores it again.
 */
@Named
@RequestScoped
public class AssessmentStatusView {

    @EJB
    private AssessmentLifecycle lifecycle;

    @EJB
    private AssessmentRescoring rescoring;

    @Inject
    private Caller caller;

    private LocalDate newDueDate;
    private String repeatName;
    private LocalDate repeatDueDate;

    public String close(long id) {
        return act(id, t -> lifecycle.close(t, id), "lifecycle.closed");
    }

    public String decide(long id) {
        return act(id, t -> lifecycle.decide(t, id), "lifecycle.decided");
    }

    public String archive(long id) {
        return act(id, t -> lifecycle.archive(t, id), "lifecycle.archived");
    }

    /** Scores the submitted answers again, with the criteria's settings and profiles as they are now. */
    public String rescore(long id) {
        Rescored[] done = new Rescored[1];
        String outcome = act(id, t -> done[0] = rescoring.rescore(t, id), null);
        if (done[0] != null && done[0].failed() > 0) {
            FacesResponses.error(done[0].failed() + " / " + done[0].submissions() + " " + FacesResponses.text("lifecycle.rescoreFailed"),
                    Map.of());
        } else if (done[0] != null) {
            FacesResponses.info(FacesResponses.text("lifecycle.rescored"));
        }
        return outcome;
    }

    public String extend(long id) {
        return act(id, t -> lifecycle.extendDueDate(t, id, newDueDate), "lifecycle.extended");
    }

    /** Creates the repeat and goes to it. */
    public String repeat(long id) {
        long[] copy = new long[1];
        String outcome = act(id, t -> copy[0] = lifecycle.repeat(t, id, repeatName, repeatDueDate), "lifecycle.repeated");
        return outcome == null ? null : AssessmentPages.reload(copy[0]);
    }

    private String act(long id, Consumer<TenantId> action, String doneKey) {
        return AssessmentPages.act(caller, id, action, doneKey);
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
    }

    public String getRepeatName() {
        return repeatName;
    }

    public void setRepeatName(String repeatName) {
        this.repeatName = repeatName;
    }

    public LocalDate getRepeatDueDate() {
        return repeatDueDate;
    }

    public void setRepeatDueDate(LocalDate repeatDueDate) {
        this.repeatDueDate = repeatDueDate;
    }
}
