package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The portal's language for this session: English or Simplified Chinese, from the browser at first. */
@Named
@SessionScoped
public class LocaleSwitcher implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (locale == null && faces == null) {
            return Locale.ENGLISH; // a plain servlet (a download) before any page chose the language
        }
        if (locale == null) {
            Locale requested = faces.getExternalContext().getRequestLocale();
            locale = requested != null && "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
        return locale;
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    public String switchTo(String language) {
        locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
