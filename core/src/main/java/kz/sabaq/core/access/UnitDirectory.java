package kz.sabaq.core.access;

/** Finds a person's own units; heads of department and PCC are limited to them automatically. */
@FunctionalInterface
public interface UnitDirectory {
    Units unitsOf(long userId);
}
