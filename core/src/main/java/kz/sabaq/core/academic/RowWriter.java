package kz.sabaq.core.academic;

/** Writes one valid line of a kind: inserts the row or updates the one with the same natural key. */
@FunctionalInterface
public interface RowWriter {

    enum Outcome { CREATED, UPDATED }

    Outcome write(Kind kind, Line line, Writing writing);
}
