package kz.sabaq.api.web;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An error the user caused: shown translated (page or JSON), with a fitting HTTP status.
 *
 * <p>When the mistake is in one field of a form, name it with {@link #on}: a {@link RefusedForm}
 * then shows the message beside that field, e.g.
 * {@code throw UserError.badRequest("my-plugin.error.endBeforeStart").on("end");}
 *
 * @param messageKey i18n key; {@code args} fill its {@code {0}}, {@code {1}} … placeholders
 */
public class UserError extends RuntimeException {
    private final int status;
    private final String messageKey;
    private final transient List<Object> args;
    private final String field;

    public UserError(int status, String messageKey, Object... args) {
        // An argument may be null (a missing form field echoed in the message): List.of would throw.
        this(status, messageKey, Collections.unmodifiableList(Arrays.asList(args.clone())), null);
    }

    private UserError(int status, String messageKey, List<Object> args, String field) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.field = field;
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

    /** The same error, about the form field named {@code field} (its {@code name} attribute). */
    public UserError on(String field) {
        return new UserError(status, messageKey, args, field);
    }

    /** The form field the mistake is in, when there is one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
