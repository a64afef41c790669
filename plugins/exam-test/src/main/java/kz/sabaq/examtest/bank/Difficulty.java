package kz.sabaq.examtest.bank;

import java.util.Optional;

/** An item's difficulty level (seed 002 §5.23.3: қарапайым, орташа, күрделі). */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    public String code() {
        return Codes.code(this);
    }

    public static Optional<Difficulty> of(String code) {
        return Codes.of(Difficulty.class, code);
    }
}
