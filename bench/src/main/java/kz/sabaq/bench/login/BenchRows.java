package kz.sabaq.bench.login;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import kz.sabaq.core.auth.Iin;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.user.UserMapper;

/** What every scenario's preparation makes the same way: the bench's teacher and the run's academic period. */
public final class BenchRows {

    private BenchRows() {
    }

    /**
     * The bench's teacher named {@code Bench firstName}, made once: a valid IIN
     * {@code 8801010000d?} with the first digit {@code d} from {@code firstDigit} that gives one.
     */
    public static long teacher(Generator gen, String firstName, int firstDigit) {
        String iin = IntStream.rangeClosed(firstDigit, 9).mapToObj(d -> Iin.complete("8801010000" + d))
                .flatMap(Optional::stream).findFirst().orElseThrow();
        return gen.database().mapper(UserMapper.class).findByIin(iin).map(u -> u.id())
                .orElseGet(() -> gen.user().iin(iin).named("Bench", firstName).noPassword().teacher().create());
    }

    /** A year and its one period named after the run, from six months before today to six months after. */
    public static long period(Generator gen, String run, LocalDate today) {
        long year = gen.year().code(run).dates(today.minusMonths(6), today.plusMonths(6)).create();
        return gen.period().code(run).year(year).named("Bench", "Bench", "Bench")
                .dates(today.minusMonths(6), today.plusMonths(6)).create();
    }
}
