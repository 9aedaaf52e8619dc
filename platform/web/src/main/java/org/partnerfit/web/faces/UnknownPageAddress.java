package org.partnerfit.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page asked for with a parameter that does not convert ({@code assessment.xhtml?id=abc}) names
 * nothing there is: 404, as for an id that does not exist. Faces would skip the page's load
 * action and render it without its subject, which failed as a 500. Only a first request can fail
 * this way before rendering, as a postback's failures are the forms' own messages.
 */
public class UnknownPageAddress implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            FacesResponses.notFound();
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after the page
    }
}
