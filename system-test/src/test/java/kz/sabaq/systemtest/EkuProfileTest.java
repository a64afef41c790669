package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * EKU's regulation (seed 002): grades in the points-rating letter system of the credit technology
 * (and pass/fail), so a journal under the {@code eku} profile offers exactly those final forms and
 * 94 points earn "A-", 49 "FX". A band moved in the profile moves the grade with no code change.
 */
class EkuProfileTest {

    @Test
    void journalsGradeInTheLetterSystem() {
        try (TestServer server = ShippedProfile.start("eku", UnaryOperator.identity())) {
            GradingScales scales = server.app().service(GradingScales.class).orElseThrow();

            assertEquals(List.of("letter", "pass-fail"), scales.all().stream().map(GradingScale::id).sorted().toList());
            assertEquals("A-", letter(scales, 94));
            assertEquals("FX", letter(scales, 49));
            assertEquals("F", letter(scales, 24));
        }
    }

    @Test
    void aBandMovedInTheProfileMovesTheGrade() {
        try (TestServer server = ShippedProfile.start("eku", b -> b.setting("grading-letter", "A-", 95)
                .setting("grading-letter", "A", 97))) {
            assertEquals("B+", letter(server.app().service(GradingScales.class).orElseThrow(), 94));
        }
    }

    private static String letter(GradingScales scales, int points) {
        return scales.find("letter").orElseThrow().fromPoints(BigDecimal.valueOf(points)).map(Grade::code).orElseThrow();
    }
}
