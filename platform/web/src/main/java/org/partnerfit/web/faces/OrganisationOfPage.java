package org.partnerfit.web.faces;

import java.util.Objects;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.partnerfit.web.security.Caller;

/**
 * The organisation a member of several works in is one choice for the whole session, while each
 * page was drawn for the one chosen then. A form posted from a page drawn for another organisation
 * than the one chosen now (switched in another tab) would act on the new one: save one client's
 * profile over another's, create a member or an assessment in the wrong organisation. So the
 * page remembers its organisation, and such a form is not applied: the page is loaded afresh
 * for the organisation chosen now, saying why. Only the client pages work on an organisation;
 * the header's form (sign out, language) works on the session, whatever the page. A member of
 * several who has chosen none yet (just signed in, back on a page they had open) is sent to
 * the start page to choose, instead of client pages that would show nothing.
 */
public class OrganisationOfPage implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Key in the view map: the alias of the organisation the page was drawn for ("" for none). */
    private static final String DRAWN_FOR = "partnerfit.organisation";
    /** The pages that work on the organisation chosen. */
    private static final String CLIENT_PAGES = "/client/";
    /** The template's form of every page, whose links act on the session. */
    private static final String HEADER_FORM = "header";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE && !faces.getResponseComplete() && clientPage(faces)) {
            faces.getViewRoot().getViewMap().put(DRAWN_FOR, chosenNow());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW || faces.getResponseComplete() || !clientPage(faces)
                || faces.getExternalContext().getRequestParameterMap().containsKey(HEADER_FORM)) {
            return;
        }
        Caller caller = CDI.current().select(Caller.class).get();
        if (caller.tenant().isEmpty() && caller.getOrganizations().size() > 1) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, FacesResponses.text("page.pickOrganisation"), null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        if (!faces.isPostback()) {
            return;
        }
        var viewMap = faces.getViewRoot().getViewMap(false);
        Object drawnFor = viewMap == null ? null : viewMap.get(DRAWN_FOR);
        if (drawnFor != null && !"".equals(drawnFor) && !Objects.equals(drawnFor, chosenNow())) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    FacesResponses.text("page.otherOrganisation", drawnFor), null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FacesResponses.reload();
        }
    }

    private static boolean clientPage(FacesContext faces) {
        return faces.getViewRoot() != null && faces.getViewRoot().getViewId() != null
                && faces.getViewRoot().getViewId().startsWith(CLIENT_PAGES);
    }

    private static String chosenNow() {
        String alias = CDI.current().select(Caller.class).get().getTenantAlias();
        return alias == null ? "" : alias;
    }
}
