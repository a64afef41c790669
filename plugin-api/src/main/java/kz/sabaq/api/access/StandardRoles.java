package kz.sabaq.api.access;

/** Codes of the roles every installation has. Institutions may add custom roles. */
public final class StandardRoles {
    public static final String ADMINISTRATOR = "administrator";
    public static final String REGISTRAR = "registrar";
    public static final String HEAD_OF_DEPARTMENT = "head_of_department";
    public static final String HEAD_OF_PCC = "head_of_pcc";
    public static final String TEACHER = "teacher";
    public static final String STUDENT = "student";

    private StandardRoles() {
    }
}
