package kz.sabaq.core.role;

import kz.sabaq.api.web.UserError;

/**
 * A refused role change. {@code labelKey}, when set, names the module or right concerned; the page
 * translates it into the viewer's language before it fills the message.
 */
public final class RoleProblem extends UserError {
    private final String labelKey;

    public RoleProblem(String messageKey, String labelKey) {
        super(400, messageKey);
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
