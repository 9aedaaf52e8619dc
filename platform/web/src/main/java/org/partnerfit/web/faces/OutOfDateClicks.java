package org.partnerfit.web.faces;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.ActionSource;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A button pressed on a page that was out of date: the page offered it, but by the time the form
 * arrives the state it depended on has changed (another admin closed the assessment, another tab
 * submitted the answers), so the button is no longer rendered. Faces then skips it without a
 * word, and the page comes back as if the click had never happened. This says so instead, and
 * applies nothing of the form. Checked once the components have read the request, before any
 * model value or action.
 */
public class OutOfDateClicks implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Request parameters that name no component (the view state, the Ajax request's details). */
    private static final String FACES_PARAMETER = "jakarta.faces.";
    /** An Ajax request's one parameter that names a component by its value: the one that sent it. */
    private static final String AJAX_SOURCE = "jakarta.faces.source";

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
        if (!faces.isPostback() || faces.getResponseComplete() || faces.getRenderResponse() || !pressedWhatIsGone(faces)) {
            return;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, FacesResponses.text("page.outOfDate"), null));
        if (faces.getPartialViewContext().isAjaxRequest()) {
            faces.getPartialViewContext().getRenderIds().add("pageMessages");
        }
        faces.renderResponse();
    }

    /**
     * Whether the request names a command (a button or link posts its client id) that the page as
     * it stands now does not render. One visit of the view for all the request's names.
     */
    private static boolean pressedWhatIsGone(FacesContext faces) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        Set<String> named = parameters.keySet().stream()
                .filter(name -> name.indexOf(':') > 0 && !name.startsWith(FACES_PARAMETER))
                .collect(Collectors.toCollection(HashSet::new));
        if (parameters.get(AJAX_SOURCE) != null) {
            named.add(parameters.get(AJAX_SOURCE));
        }
        if (named.isEmpty()) {
            return false;
        }
        boolean[] gone = {false};
        try {
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, named, null), (context, component) -> {
                if (component instanceof ActionSource && !renderedWithAncestors(component)) {
                    gone[0] = true;
                    return VisitResult.COMPLETE;
                }
                return VisitResult.ACCEPT;
            });
        } catch (RuntimeException undecidable) {
            // A part of the page not drawn now may not even evaluate (a table over what is gone):
            // then Faces goes on as it would have, without this message.
            return false;
        }
        return gone[0];
    }

    private static boolean renderedWithAncestors(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }
}
