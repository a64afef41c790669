package kz.sabaq.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.sabaq.api.academic.Student;
import org.junit.jupiter.api.Test;

/** Kazakh surnames stand where their letters stand in the Kazakh alphabet, for a Kazakh and a Russian reader. */
class RosterOrderTest {

    @Test
    void kazakhLettersFollowTheirNeighboursInTheAlphabet() {
        List<String> expected = List.of("Абаев", "Әбенов", "Бекұлы", "Гүлнар", "Ғалымов", "Кенжебаев", "Қасымов",
                "Нұров", "Ңа", "Омаров", "Өтебаев", "Уалиев", "Ұланов", "Үмбетов", "Фаризов", "Хасенов", "Һаби",
                "Ысқақов", "Ілиясов", "Эльдаров", "Яковлев");
        for (Locale reader : List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"))) {
            List<Student> roster = new ArrayList<>();
            for (int i = expected.size() - 1; i >= 0; i--) {
                roster.add(new Student(i, expected.get(i), "Айжан", null, 1, "G-1"));
            }
            roster.sort(RosterOrder.byName(reader));
            assertEquals(expected, roster.stream().map(Student::surname).toList(), reader.toString());
        }
    }
}
