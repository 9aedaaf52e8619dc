package org.partnerfit.web.faces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewMetadata;

/**
 * A form posts to its page's address with the page's view parameters ({@code ?id=7&firm=12}),
 * where Faces would post to the bare address. After a form that stays on its page, the browser's
 * address still names what the page shows, so reloading it, or {@link ExpiredPageReload} loading
 * it afresh, shows the same assessment and firm rather than a 404.
 */
public class ViewParametersInActions extends ViewHandlerWrapper {

    public ViewParametersInActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String action = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        // Forms are rendered in the last phase; a navigation's redirect, which builds its address
        // here too and brings parameters of its own, comes earlier and is left alone.
        if (context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE || view == null || !viewId.equals(view.getViewId())) {
            return action;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        return parameters.isEmpty() ? action : context.getExternalContext().encodeBookmarkableURL(action, parameters);
    }
}
