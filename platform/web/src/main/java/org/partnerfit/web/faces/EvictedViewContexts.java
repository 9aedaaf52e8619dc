package org.partnerfit.web.faces;

import java.util.Map;
import java.util.concurrent.ConcurrentMap;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Forgets the Faces implementation's record of a view's {@code @ViewScoped} beans once it has
 * evicted that view. Mojarra (4.0.11 in Payara 6.2025.9; unchanged up to 4.0.22) keeps the view
 * maps of a session's last 25 views and destroys the beans of older ones, but leaves each evicted
 * view's entry in its session map of view contexts until the session ends: some 330 bytes for every
 * view of a page with a view-scoped bean (the results page, People, answers, audit and others).
 * One session showing the results page for an hour could hold some 150 MiB of them (infra/bench).
 * Registered for each new view map (faces-config.xml); it removes the entries whose view is no
 * longer active. Both maps are Mojarra's own session attributes; without them this does nothing.
 */
public class EvictedViewContexts implements SystemEventListener {

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getSession(false) != null) {
            Map<String, Object> session = external.getSessionMap();
            forgetEvicted(session.get(ACTIVE_VIEW_MAPS), session.get(VIEW_CONTEXTS));
        }
    }

    /**
     * Removes the view contexts whose view map is not among the active ones. It holds the active
     * maps' lock, under which Mojarra registers a new view before any context of it exists, so no
     * view registered meanwhile can lose its context.
     */
    static void forgetEvicted(Object activeViewMaps, Object viewContexts) {
        if (activeViewMaps instanceof Map<?, ?> active && viewContexts instanceof ConcurrentMap<?, ?> contexts) {
            synchronized (active) {
                contexts.keySet().removeIf(viewMapId -> !active.containsKey(viewMapId));
            }
        }
    }
}
