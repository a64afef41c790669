package kz.sabaq.examtest.bank;

import java.util.Optional;

/** One correct option, or one or more (seed 002 §7.6: "бір немесе бірнеше жауабы дұрыс"). */
public enum ItemKind {
    SINGLE, MULTIPLE;

    public String code() {
        return Codes.code(this);
    }

    public static Optional<ItemKind> of(String code) {
        return Codes.of(ItemKind.class, code);
    }
}
