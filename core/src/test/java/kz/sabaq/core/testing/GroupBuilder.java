package kz.sabaq.core.testing;

/** A study group; every classifier (term, department, speciality…) is empty unless told. */
public final class GroupBuilder {
    private final Generator gen;
    private String code = "G-" + Generator.unique();
    private Long studyTerm;
    private Long department;
    private Long pcc;
    private Long educationTechnology;
    private Long instructionLanguage;
    private Long speciality;
    private Long qualification;

    GroupBuilder(Generator gen) {
        this.gen = gen;
    }

    public GroupBuilder code(String value) {
        code = value;
        return this;
    }

    public GroupBuilder studyTerm(long id) {
        studyTerm = id;
        return this;
    }

    public GroupBuilder department(long id) {
        department = id;
        return this;
    }

    public GroupBuilder pcc(long id) {
        pcc = id;
        return this;
    }

    public GroupBuilder educationTechnology(long id) {
        educationTechnology = id;
        return this;
    }

    public GroupBuilder instructionLanguage(long id) {
        instructionLanguage = id;
        return this;
    }

    public GroupBuilder speciality(long id) {
        speciality = id;
        return this;
    }

    public GroupBuilder qualification(long id) {
        qualification = id;
        return this;
    }

    /** @return the group's id */
    public long create() {
        return gen.sql("INSERT INTO study_group (code, study_term_id, department_id, pcc_id, education_technology_id, "
                        + "instruction_language_id, speciality_id, qualification_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                code, studyTerm, department, pcc, educationTechnology, instructionLanguage, speciality, qualification);
    }
}
