package org.partnerfit.web.faces;

import java.util.Arrays;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * PostgreSQL keeps no NUL character in text, so a form holding one would fail as it is saved, a
 * 500: the form is shown again with a message instead, and nothing of it is applied. Checked once
 * the components have their submitted values, so the form shows what was typed. A page asked for
 * with one in its parameters names nothing there is: 404.
 */
public class UnstorableText implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the components read the request
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getResponseComplete() || !holdsNul(faces)) {
            return;
        }
        if (!faces.isPostback()) {
            FacesResponses.notFound();
            return;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesResponses.text("input.nul"), null));
        faces.validationFailed();
        faces.renderResponse();
    }

    private static boolean holdsNul(FacesContext faces) {
        return faces.getExternalContext().getRequestParameterValuesMap().values().stream()
                .flatMap(Arrays::stream).anyMatch(value -> value != null && value.indexOf('\0') >= 0);
    }
}
