package kz.sabaq.api.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A form the server refused because of what the user typed. Core renders {@code page} (the page the
 * form is on, as its GET shows it) and then, in the form that was sent: fills every field with what
 * the user typed (passwords and files aside), puts each translated message beside the field its
 * error names ({@link UserError#on}; a form with one field needs no name) with
 * {@code aria-invalid} and {@code aria-describedby}, and an error summary at the top of the form
 * that takes the focus and links to those fields. The answer's status is the first error's. A
 * resource catches the error where it saves and answers:
 *
 * <pre>{@code
 * try {
 *     slots.create(viewer, streamId, start, end);
 * } catch (UserError e) {
 *     return RefusedForm.response(e, () -> streamPage(viewer, streamId));
 * }
 * }</pre>
 *
 * Core reads what was typed from the request of an {@code application/x-www-form-urlencoded} form;
 * a multipart form passes its text fields as {@code typed}. The form is found by its {@code action}
 * (the request's path) and, where a page repeats it, by its hidden fields' values.
 *
 * @param errors what is wrong, at least one; several when the form checks every field at once
 * @param typed  the fields as sent, or empty to take them from the request
 */
public record RefusedForm(Page page, List<UserError> errors, Map<String, List<String>> typed) {
    /** The statuses of a mistake in a form; any other error (403, 404 …) is thrown on. */
    public static final Set<Integer> FORM_STATUSES = Set.of(400, 409, 413, 422);

    public RefusedForm {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refused form has at least one error");
        }
        errors = List.copyOf(errors);
        typed = Map.copyOf(typed);
    }

    /** The answer for an urlencoded form; rethrows {@code error} when it is not a form mistake. */
    public static Response response(UserError error, Supplier<? extends Page> page) {
        return response(error, Map.of(), page);
    }

    /** The answer for a form whose fields the resource read itself (a multipart form's text fields). */
    public static Response response(UserError error, Map<String, List<String>> typed, Supplier<? extends Page> page) {
        if (!FORM_STATUSES.contains(error.status())) {
            throw error;
        }
        return Response.status(error.status()).entity(new RefusedForm(pageOr(page, error), List.of(error), typed)).build();
    }

    /**
     * Runs {@code save} and answers what it answers; a form mistake it throws shows {@code page}
     * again as {@link #response(UserError, Supplier)} does, e.g.
     * {@code return RefusedForm.attempt(() -> saved(slots.edit(...)), () -> editPage(id));}
     */
    public static Response attempt(Supplier<Response> save, Supplier<? extends Page> page) {
        try {
            return save.get();
        } catch (UserError e) {
            return response(e, page);
        }
    }

    /** The answer for a form checked whole: every mistake beside its field. */
    public static Response response(List<UserError> errors, Supplier<? extends Page> page) {
        return Response.status(errors.get(0).status())
                .entity(new RefusedForm(pageOr(page, errors.get(0)), errors, Map.of())).build();
    }

    /**
     * The form's page, or the error itself when the page cannot be shown any more (the dialog is no
     * longer offered): then the error page says what was wrong.
     */
    private static Page pageOr(Supplier<? extends Page> page, UserError error) {
        try {
            return page.get();
        } catch (UserError gone) {
            throw error;
        }
    }
}
