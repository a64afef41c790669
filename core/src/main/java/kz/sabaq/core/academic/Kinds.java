package kz.sabaq.core.academic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every kind of academic record, in the order a whole institution is imported (references point backwards). */
public final class Kinds {
    private static final Map<String, Kind> BY_ID = new LinkedHashMap<>();

    static {
        List<Kind> all = new ArrayList<>();
        all.addAll(StructureKinds.all());
        all.addAll(PeopleKinds.all());
        all.addAll(TeachingKinds.all());
        all.addAll(TimetableKinds.all());
        all.forEach(k -> BY_ID.put(k.id(), k));
    }

    public static List<Kind> all() {
        return List.copyOf(BY_ID.values());
    }

    public static Optional<Kind> find(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    public static Kind get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No kind of academic record " + id));
    }

    public static List<String> ids() {
        return Collections.unmodifiableList(new ArrayList<>(BY_ID.keySet()));
    }

    private Kinds() {
    }
}
