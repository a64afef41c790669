package kz.sabaq.api.web;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An error the user caused: shown translated (page or JSON), with a fitting HTTP status.
 *
 * @param messageKey i18n key; {@code args} fill its {@code {0}}, {@code {1}} … placeholders
 */
public class UserError extends RuntimeException {
    private final int status;
    private final String messageKey;
    private final transient List<Object> args;

    public UserError(int status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        // An argument may be null (a missing form field echoed in the message): List.of would throw.
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    public static UserError badRequest(String messageKey, Object... args) {
        return new UserError(400, messageKey, args);
    }

    public static UserError conflict(String messageKey, Object... args) {
        return new UserError(409, messageKey, args);
    }

    public static UserError notFound() {
        return new UserError(404, "core.error.notFound");
    }

    public static UserError forbidden() {
        return new UserError(403, "core.error.forbidden");
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
