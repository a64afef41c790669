package kz.sabaq.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.AcademicPeriod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the generator's defaults give, read back through core's own academic directory. */
class GeneratorTest {
    static TestServer server;
    static Generator gen;
    static AcademicDirectory directory;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        gen = Generator.on(server);
        directory = server.app().service(AcademicDirectory.class).orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aStudentOfAGroupInAStreamIsThatStreamsStudentAndCanLogIn() {
        long group = gen.group().code("GEN-1").create();
        String iin = Iins.next();
        long student = gen.user().iin(iin).named("Ахметова", "Айжан").student(group).create();
        long stream = gen.stream().teacher(gen.user().teacher().create()).groups(group).create();

        assertTrue(directory.isStudentOf(stream, student));
        assertEquals(List.of("GEN-1"), directory.groupCodesOf(stream));
        assertEquals(303, server.client().login(iin).status(), "the default password is TestServer.PASSWORD");
    }

    @Test
    void streamsWithoutAPeriodShareTheGeneratorsDefaultPeriod() {
        long teacher = gen.user().teacher().create();
        long first = gen.stream().teacher(teacher).create();
        long second = gen.stream().teacher(teacher).create();

        Optional<Long> period = directory.periodOfStream(first).map(AcademicPeriod::id);
        assertEquals(Optional.of(gen.defaultPeriod()), period);
        assertEquals(period, directory.periodOfStream(second).map(AcademicPeriod::id));
    }

    @Test
    void aTransactionWritesAllItsRowsOrNone() {
        long teacher = gen.user().teacher().create();
        assertThrows(IllegalStateException.class, () -> gen.transaction(tx -> {
            tx.group().code("GEN-TX").create();
            tx.group().code("GEN-TX").create();             // the same code again: refused by the table
        }));
        long group = gen.group().code("GEN-TX").create();     // the first one was rolled back with it
        long[] stream = new long[1];
        gen.transaction(tx -> stream[0] = tx.stream().teacher(teacher).groups(group).create());
        assertEquals(List.of("GEN-TX"), directory.groupCodesOf(stream[0]), "committed with its group");
    }
}
