package kz.sabaq.core.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One cell of a submitted grade table: field {@code g:<student>:<kind>} holds the new value and
 * {@code o:<student>:<kind>} the value the page showed, so only what the user changed is written.
 */
public record GradeEdit(long studentId, String kind, String submitted, String shown) {
    public static final String VALUE = "g:";
    public static final String SHOWN = "o:";

    public static String field(long studentId, String kind) {
        return VALUE + studentId + ":" + kind;
    }

    public static String shownField(long studentId, String kind) {
        return SHOWN + studentId + ":" + kind;
    }

    /** The cells of the form; fields that are not cells are ignored, malformed cells refused. */
    public static List<GradeEdit> of(Map<String, List<String>> form) {
        List<GradeEdit> edits = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            if (!e.getKey().startsWith(VALUE)) {
                continue;
            }
            String rest = e.getKey().substring(VALUE.length());
            int colon = rest.indexOf(':');
            if (colon <= 0 || colon == rest.length() - 1 || e.getValue().size() != 1) {
                throw kz.sabaq.api.web.UserError.badRequest("core.error.badRequest");
            }
            long student;
            try {
                student = Long.parseLong(rest.substring(0, colon));
            } catch (NumberFormatException ex) {
                throw kz.sabaq.api.web.UserError.badRequest("core.error.badRequest");
            }
            List<String> shown = form.get(SHOWN + rest);
            edits.add(new GradeEdit(student, rest.substring(colon + 1), e.getValue().get(0),
                    shown == null || shown.isEmpty() ? null : shown.get(0)));
        }
        return edits;
    }
}
