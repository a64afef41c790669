package kz.sabaq.core.testing;

/**
 * A row of one of core's named reference tables (department, subject-cycle commission, speciality,
 * qualification, education technology, instruction language, study term, discipline): a code and
 * names in the three languages, plus the parent unit the table has.
 */
public final class UnitBuilder {
    private final Generator gen;
    private final String table;
    private String code;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String parentColumn;
    private Long parent;

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
        parentColumn = column;
        parent = id;
        return this;
    }

    /** @return the row's id */
    public long create() {
        if (parentColumn == null) {
            return gen.sql("INSERT INTO " + table + " (code, name_kk, name_ru, name_en) VALUES (?, ?, ?, ?)",
                    code, nameKk, nameRu, nameEn);
        }
        return gen.sql("INSERT INTO " + table + " (code, name_kk, name_ru, name_en, " + parentColumn + ") VALUES (?, ?, ?, ?, ?)",
                code, nameKk, nameRu, nameEn, parent);
    }
}
