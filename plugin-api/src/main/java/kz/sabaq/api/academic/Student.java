package kz.sabaq.api.academic;

/** A student with the names a list shows and the group they belong to. */
public record Student(long userId, String surname, String firstName, String patronymic, long groupId,
                      String groupCode) {

    /** Surname and first name, as lists show a person. */
    public String displayName() {
        return surname + " " + firstName;
    }
}
