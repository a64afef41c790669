package kz.sabaq.core.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A row of one of core's named reference tables (department, subject-cycle commission, speciality,
 * qualification, education technology, instruction language, study term, discipline): a code and
 * names in the three languages, plus the parent units the table has.
 */
public final class UnitBuilder {
    private final Generator gen;
    private final String table;
    private String code;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private final Map<String, Long> parents = new LinkedHashMap<>();

    UnitBuilder(Generator gen, String table, String codePrefix) {
        this.gen = gen;
        this.table = table;
        int n = Generator.unique();
        this.code = codePrefix + n;
        this.nameKk = table + " " + n + " (kk)";
        this.nameRu = table + " " + n + " (ru)";
        this.nameEn = table + " " + n;
    }

    public UnitBuilder code(String value) {
        code = value;
        return this;
    }

    public UnitBuilder named(String kk, String ru, String en) {
        nameKk = kk;
        nameRu = ru;
        nameEn = en;
        return this;
    }

    /** The same name in every language. */
    public UnitBuilder named(String name) {
        return named(name, name, name);
    }

    /** The department a subject-cycle commission or a discipline belongs to. */
    public UnitBuilder department(long id) {
        return parent("department_id", id);
    }

    /** The subject-cycle commission a discipline belongs to. */
    public UnitBuilder pcc(long id) {
        return parent("pcc_id", id);
    }

    /** The speciality a qualification belongs to. */
    public UnitBuilder speciality(long id) {
        return parent("speciality_id", id);
    }

    private UnitBuilder parent(String column, long id) {
        parents.put(column, id);
        return this;
    }

    /** @return the row's id */
    public long create() {
        List<Object> values = new ArrayList<>(List.of(code, nameKk, nameRu, nameEn));
        values.addAll(parents.values());
        String columns = Stream.concat(Stream.of("code", "name_kk", "name_ru", "name_en"), parents.keySet().stream())
                .collect(Collectors.joining(", "));
        String marks = String.join(", ", Collections.nCopies(values.size(), "?"));
        return gen.sql("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", values.toArray());
    }
}
