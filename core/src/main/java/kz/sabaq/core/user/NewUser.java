package kz.sabaq.core.user;

/** What is needed to create a person; the password hash may be null (no login until one is set). */
public record NewUser(String iin, String surname, String firstName, String patronymic, String email,
                      String locale, String passwordHash) {
}
