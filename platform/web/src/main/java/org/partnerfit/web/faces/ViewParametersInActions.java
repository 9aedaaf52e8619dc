package org.partnerfit.web.faces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewMetadata;

/**
 * A form posts to its page's address with the page's view parameters ({@code ?id=7&firm=12}),
 * where Faces would post to the bare address. Links and redirects, whose addresses the
 * implementation also starts from {@link #getActionURL}, keep the parameters they name. After a form that stays on its page, the browser's
 * address still names what the page shows, so reloading it, or {@link ExpiredPageReload} loading
 * it afresh, shows the same assessment and firm rather than a 404.
 */
public class ViewParametersInActions extends ViewHandlerWrapper {

    /** With the view id: a form's action on this request's page, once worked out. */
    private static final String FORM_ACTION = ViewParametersInActions.class.getName() + ".action";

    /** Set while a link's or a redirect's address is built: those bring parameters of their own. */
    private static final String BUILDING_OTHER = ViewParametersInActions.class.getName() + ".other";

    public ViewParametersInActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return bare(context, () -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return bare(context, () -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    /** Builds a link's or a redirect's address, which the implementation starts from {@link #getActionURL}. */
    private static String bare(FacesContext context, Supplier<String> address) {
        Object outer = context.getAttributes().put(BUILDING_OTHER, Boolean.TRUE);
        try {
            return address.get();
        } finally {
            if (outer == null) {
                context.getAttributes().remove(BUILDING_OTHER);
            }
        }
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String action = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        // Only a form's action, which is drawn in the last phase, and only to its own page.
        if (context.getAttributes().containsKey(BUILDING_OTHER) || context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                || view == null || !viewId.equals(view.getViewId())) {
            return action;
        }
        // Every form of the page posts to the same address: worked out once a render (the results
        // page has dozens of forms).
        return (String) context.getAttributes().computeIfAbsent(FORM_ACTION + viewId, key -> withParameters(context, view, action));
    }

    private static String withParameters(FacesContext context, UIViewRoot view, String action) {
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
