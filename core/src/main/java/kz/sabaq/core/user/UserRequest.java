package kz.sabaq.core.user;

/** A person as the administrator or the command line typed them, before validation. */
public record UserRequest(String iin, String surname, String firstName, String patronymic, String email,
                          String locale) {
}
