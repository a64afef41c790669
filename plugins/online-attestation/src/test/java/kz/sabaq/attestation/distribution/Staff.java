package kz.sabaq.attestation.distribution;

import java.util.Locale;
import kz.sabaq.api.web.Viewer;

/** Whoever presses "Generate ticket numbers" (the slot part has checked their rights already). */
record Staff(long userId) implements Viewer {

    @Override
    public boolean loggedIn() {
        return true;
    }

    @Override
    public Locale locale() {
        return Locale.forLanguageTag("kk");
    }

    @Override
    public String csrfToken() {
        return "";
    }

    @Override
    public boolean can(String capability) {
        return true;
    }

    @Override
    public String getName() {
        return "staff " + userId;
    }
}
