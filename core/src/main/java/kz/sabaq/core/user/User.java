package kz.sabaq.core.user;

import java.time.LocalDateTime;

public record User(
        long id,
        String iin,
        String surname,
        String firstName,
        String patronymic,
        String email,
        String locale,
        String passwordHash,
        boolean active,
        LocalDateTime createdAt) {

    public String fullName() {
        return patronymic == null || patronymic.isBlank()
                ? surname + " " + firstName
                : surname + " " + firstName + " " + patronymic;
    }
}
