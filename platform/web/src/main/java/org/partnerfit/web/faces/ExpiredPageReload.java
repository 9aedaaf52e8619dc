package org.partnerfit.web.faces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A form posted from a page whose state the session no longer keeps (a tab left open while the
 * same person went through many pages elsewhere, or a session begun again since) cannot be
 * applied. Instead of the "something went wrong" page, the page is loaded afresh at its address
 * ({@link ViewParametersInActions} keeps the address whole), nothing applied, with a message
 * asking for that step again. A request the page made on its own gets no answer and no reload.
 */
public class ExpiredPageReload extends ExceptionHandlerWrapper {

    public ExpiredPageReload(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Sent by requests the page makes on its own, such as the answer page's autosave. */
    static final String BACKGROUND = "pf.background";

    private static final Logger LOG = Logger.getLogger(ExpiredPageReload.class.getName());

    @Override
    public void handle() {
        for (Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator(); queued.hasNext(); ) {
            ExceptionQueuedEvent event = queued.next();
            if (expired(event.getContext().getException())) {
                try {
                    reload(FacesContext.getCurrentInstance());
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "Could not load the expired page afresh", failed);
                    break;   // the wrapped handler shows the error page for the expired view
                }
                queued.remove();
                // Whatever else failed belongs to the page that could not be restored.
                while (queued.hasNext()) {
                    LOG.log(Level.FINE, "Also failed with the expired page", queued.next().getContext().getException());
                    queued.remove();
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void reload(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        if (external.getRequestParameterMap().containsKey(BACKGROUND)) {
            // Nobody took a step: the page stays as it is until they take one.
            external.setResponseStatus(204);
            faces.responseComplete();
            return;
        }
        // No view was restored, so no view gives the language: the person's choice does.
        Locale language = faces.getApplication().evaluateExpressionGet(faces, "#{localeSwitcher.locale}", Locale.class);
        String text = ResourceBundle.getBundle("org.partnerfit.web.messages", language).getString("page.expired");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
        external.getFlash().setKeepMessages(true);
        try {
            String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
            external.redirect(samePage(external.getRequestHeaderMap().get("Referer"), external.getRequestContextPath(),
                    external.getRequestContextPath() + external.getRequestServletPath() + (query == null ? "" : "?" + query)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * The page the form was on, with its query (which assessment, which firm): the Referer's path
     * when it is one of this application's, else the address the form was posted to, which
     * carries the page's parameters too ({@link ViewParametersInActions}).
     */
    static String samePage(String referer, String contextPath, String postedTo) {
        if (referer != null) {
            try {
                URI page = URI.create(referer);
                String path = page.getRawPath();
                if (path != null && path.startsWith(contextPath + "/") && !path.startsWith("//") && !path.contains("\\")) {
                    return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
                }
            } catch (IllegalArgumentException notAnAddress) {
                // the address posted to, below
            }
        }
        return postedTo;
    }

    /** Puts {@link ExpiredPageReload} in front of the handler Faces would use. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredPageReload(getWrapped().getExceptionHandler());
        }
    }
}
