package kz.sabaq.core.auth;

import java.util.Optional;
import java.util.regex.Pattern;
import kz.sabaq.core.i18n.Messages;

/**
 * Why the visitor is asked to log in, said above the form: a module that sends someone to the login
 * page in the middle of an action ({@code /login?return=…&notice=attendance-qr.loginNotice.checkIn})
 * names a text of its bundle that tells what happens after the login. Only keys of the form
 * {@code <component>.loginNotice.<name>} that a bundle defines are shown: the link is anyone's to write,
 * so it can pick one of those sentences but cannot put its own words on the page.
 */
final class LoginNotice {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,62}\\.loginNotice\\.[a-zA-Z]{1,40}");

    static Optional<String> of(String requested, Messages messages) {
        if (requested == null || !KEY.matcher(requested).matches() || !messages.has(requested)) {
            return Optional.empty();
        }
        return Optional.of(requested);
    }

    private LoginNotice() {
    }
}
