package org.partnerfit.web.faces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.partnerfit.shared.InvalidInputException;

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

    /**
     * Sends the browser to this page afresh, by Ajax or not: for a postback whose page shows what
     * is no longer there, which a fresh load answers for itself (a 404). The address is the one
     * posted to, which names what the page showed (ViewParametersInActions), not the view's
     * parameters read again from beans that may have lost them.
     */
    static void reload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete() || faces.getExternalContext().isResponseCommitted()
                || faces.getCurrentPhaseId() == jakarta.faces.event.PhaseId.RENDER_RESPONSE && faces.getPartialViewContext().isAjaxRequest()) {
            return; // answered already (a 404, a redirect), or too far into an answer to turn it
        }
        var request = (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
        String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            faces.getExternalContext().redirect(page);
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

    /**
     * A refusal in the page's language; with {@code withProblems}, each field's problem below it,
     * for refusals whose problems each say what they are about (a field's name is no word to show).
     */
    static void refused(InvalidInputException refusal, boolean withProblems) {
        error(refusal.message(locale()), Map.of());
        if (withProblems) {
            problems(refusal);
        }
    }

    /** Each of a refusal's problems, in the page's language; none that only repeats the summary. */
    static void problems(InvalidInputException refusal) {
        String summary = refusal.message(locale());
        refusal.problems(locale()).values().stream().filter(problem -> !problem.equals(summary)).distinct()
                .forEach(problem -> error(problem, Map.of()));
    }

    /** The session's language, as the pages use it (LocaleSwitcher). */
    static Locale locale() {
        return jakarta.enterprise.inject.spi.CDI.current().select(LocaleSwitcher.class).get().getLocale();
    }

    static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    /** A message of the page's language with its {0}, {1}… filled in. */
    static String text(String key, Object... args) {
        return new MessageFormat(text(key), locale()).format(args);
    }
}
