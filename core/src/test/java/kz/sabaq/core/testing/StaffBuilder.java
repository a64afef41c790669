package kz.sabaq.core.testing;

/** A staff row: the department or subject-cycle commission a person works in (their own unit). */
public final class StaffBuilder {
    private final Generator gen;
    private final long userId;
    private Long department;
    private Long pcc;
    private String position;

    StaffBuilder(Generator gen, long userId) {
        this.gen = gen;
        this.userId = userId;
    }

    public StaffBuilder department(long id) {
        department = id;
        return this;
    }

    public StaffBuilder pcc(long id) {
        pcc = id;
        return this;
    }

    public StaffBuilder position(String value) {
        position = value;
        return this;
    }

    public void create() {
        gen.sql("INSERT INTO staff (user_id, position, department_id, pcc_id) VALUES (?, ?, ?, ?)",
                userId, position, department, pcc);
    }
}
