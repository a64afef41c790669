package kz.sabaq.core.role;

import kz.sabaq.core.i18n.Language;

/** A study term, department or PCC as the role editor lists it: its id and its name in the three languages. */
public record AcademicUnit(long id, String nameKk, String nameRu, String nameEn) {

    public String name(Language language) {
        return switch (language) {
            case KK -> nameKk;
            case RU -> nameRu;
            case EN -> nameEn;
        };
    }
}
