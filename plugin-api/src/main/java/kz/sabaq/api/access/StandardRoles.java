package kz.sabaq.api.access;

/** Codes of the roles every installation has. Institutions may add custom roles. */
public interface StandardRoles {
    String ADMINISTRATOR = "administrator";
    String REGISTRAR = "registrar";
    String HEAD_OF_DEPARTMENT = "head_of_department";
    String HEAD_OF_PCC = "head_of_pcc";
    String TEACHER = "teacher";
    String STUDENT = "student";
}
