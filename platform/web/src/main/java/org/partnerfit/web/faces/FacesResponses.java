package org.partnerfit.web.faces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The portal's answers to refused requests: one way to say "not found", one way to show problems. */
final class FacesResponses {

    private FacesResponses() {
    }

    /** Ends the request with 404; the same for ids that do not exist and ids of others. */
    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static void error(String summary, Map<String, String> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        problems.forEach((field, problem) -> faces.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, field + ": " + problem, null)));
        faces.validationFailed();
    }

    static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }
}
