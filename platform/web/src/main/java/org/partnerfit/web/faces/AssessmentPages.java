package org.partnerfit.web.faces;

import java.util.function.Consumer;

import jakarta.faces.context.FacesContext;

import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.security.Caller;

/**
 * How the assessment page's actions end: done → the page again with the outcome kept across the
 * redirect; refused → the same page with the reason; not this tenant's → 404.
 */
final class AssessmentPages {

    private AssessmentPages() {
    }

    static String reload(long assessmentId) {
        return reload(assessmentId, null);
    }

    /** The page again, showing the details of the given firm (its invitation), the first in the ranking if null. */
    static String reload(long assessmentId, Long firm) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/client/assessment?faces-redirect=true&id=" + assessmentId + (firm == null ? "" : "&firm=" + firm);
    }

    /** Runs an action in the caller's tenant and answers as described above; {@code doneKey} null: the caller says how it went. */
    static String act(Caller caller, long assessmentId, Consumer<TenantId> action, String doneKey) {
        return act(caller, assessmentId, null, action, doneKey);
    }

    /** As above, for an action about one firm: done, the page shows that firm again. */
    static String act(Caller caller, long assessmentId, Long firm, Consumer<TenantId> action, String doneKey) {
        TenantId tenant = caller.tenant().orElse(null);
        if (tenant == null) {
            FacesResponses.notFound();
            return null;
        }
        try {
            action.accept(tenant);
            if (doneKey != null) {
                FacesResponses.info(FacesResponses.text(doneKey));
            }
            return reload(assessmentId, firm);
        } catch (org.partnerfit.shared.ChangedSinceReadException e) {
            // What the form sent stays on the page; the page read afresh offers the change again on what is saved now.
            FacesResponses.error(FacesResponses.text("page.changedElsewhere"), java.util.Map.of());
        } catch (InvalidInputException e) {
            FacesResponses.refused(e, true);   // a repeat names the criteria switched off
        } catch (NotFoundException e) {
            FacesResponses.notFound();
        }
        return null;
    }
}
