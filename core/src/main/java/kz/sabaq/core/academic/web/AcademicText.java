package kz.sabaq.core.academic.web;

import java.util.List;
import kz.sabaq.core.academic.Column;
import kz.sabaq.core.academic.Problem;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;

/** The academic pages' texts that combine several translations: a problem's reason, a column's type. */
final class AcademicText {
    private final Messages messages;

    AcademicText(Messages messages) {
        this.messages = messages;
    }

    String kind(Language language, String kindId) {
        return messages.get(language, "core.academic.kind." + kindId);
    }

    String yesNo(Language language, boolean value) {
        return messages.get(language, value ? "core.academic.yes" : "core.academic.no");
    }

    String column(Language language, String name) {
        return messages.get(language, "core.academic.column." + name);
    }

    /** The reason, with kind ids and column names in its arguments shown by their translated names. */
    String problem(Language language, Problem p) {
        Object[] args = p.args().toArray();
        if (p.key().equals("core.academic.error.unknownReference") && args.length > 0) {
            args[0] = kind(language, String.valueOf(args[0]));
        }
        if (p.key().equals("core.academic.error.order")) {
            for (int i = 0; i < args.length; i++) {
                args[i] = column(language, String.valueOf(args[i]));
            }
        }
        return messages.get(language, p.key(), args);
    }

    String type(Language language, Column c) {
        String key = "core.academic.type." + c.type().name();
        return switch (c.type()) {
            case TEXT -> messages.get(language, key, c.maxLength());
            case CHOICE -> messages.get(language, key, String.join(", ", c.choices()));
            case REFERENCE, REFERENCES -> messages.get(language, key, kind(language, c.target()));
            default -> messages.get(language, key);
        };
    }

    String key(Language language, List<String> columns) {
        return String.join(" + ", columns.stream().map(name -> name + " (" + column(language, name) + ")").toList());
    }
}
