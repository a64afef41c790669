package kz.sabaq.attestation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import kz.sabaq.api.web.QuickAnswer;
import kz.sabaq.api.web.QuickRoute;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.core.testing.TestQuickRequest;
import kz.sabaq.core.testing.TestViewer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/** "Choose a ticket" (spec §9): tiles without numbers, one choice, never one ticket twice. */
class ChoiceTest {
    @Test
    void tilesAreStableForAStudentAndInADifferentOrderForAnother() {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(30);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> students = exam.sit(slot, 2, true);
            Exam.Browser first = exam.browser(students.get(0));

            WebClient.Page page = first.tiles(exam.stream);
            assertEquals(200, page.status(), page.body());
            JsonNode tiles = Exam.json(page).get("tiles");
            assertEquals(30, tiles.size());
            for (int i = 0; i < 30; i++) {
                assertEquals(i + 1, tiles.get(i).get("position").asInt());
                assertTrue(tiles.get(i).get("free").asBoolean());
                assertEquals(2, tiles.get(i).size(), "a tile tells its position and whether it is free, no number");
            }
            assertEquals(page.body(), first.tiles(exam.stream).body());

            byte[] secret = exam.secret();
            int[] a = TileOrder.of(secret, exam.stream, students.get(0), 30);
            int[] again = TileOrder.of(secret, exam.stream, students.get(0), 30);
            int[] b = TileOrder.of(secret, exam.stream, students.get(1), 30);
            assertTrue(Arrays.equals(a, again), "the same order on every reload");
            assertNotEquals(Arrays.toString(a), Arrays.toString(b), "another student sees another order");
            assertEquals(30, Arrays.stream(a).distinct().count());
            int[] sorted = a.clone();
            Arrays.sort(sorted);
            assertEquals(1, sorted[0]);
            assertEquals(30, sorted[29]);
        }
    }

    @Test
    void aChosenTicketTurnsGreyForEveryoneAndItsNumberIsTheStudents() {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(10);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> students = exam.sit(slot, 2, true);
            Exam.Browser first = exam.browser(students.get(0));
            Exam.Browser second = exam.browser(students.get(1));

            WebClient.Page chosen = first.choose(exam.stream, 4);

            assertEquals(200, chosen.status(), chosen.body());
            int ticket = Exam.json(chosen).get("ticket").asInt();
            byte[] secret = exam.secret();
            assertEquals(TileOrder.of(secret, exam.stream, students.get(0), 10)[3], ticket);
            assertEquals(Map.of(students.get(0), ticket), exam.given());
            List<Integer> grey = taken(second.tiles(exam.stream));
            int position = indexOf(TileOrder.of(secret, exam.stream, students.get(1), 10), ticket) + 1;
            assertEquals(List.of(position), grey, "the other student sees that very ticket taken");
            assertEquals(List.of(4), taken(first.tiles(exam.stream)));
            assertEquals(1, exam.audit(Choice.EVENT).size());
        }
    }

    @Test
    void aStudentsPressIsAnsweredByTheModulesQuickRouteAndEverythingElseIsLeftToTheResources() {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(10);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> students = exam.sit(slot, 2, true);
            QuickRoute route = exam.server.app().quickRoutes().stream()
                    .filter(QuickRoute::takesPosts).findFirst().orElseThrow();
            String press = "/online-attestation/streams/" + exam.stream + "/tiles/3";
            Viewer student = TestViewer.holding(students.get(0), Locale.forLanguageTag("kk"), Set.of(OnlineAttestationModule.SIT));

            QuickAnswer answer = route.answer(TestQuickRequest.post(press, student)).orElseThrow();

            assertEquals(200, answer.status());
            assertEquals(Map.of("ticket", exam.given().get(students.get(0))), answer.data(), "the ticket now held");
            Viewer staff = TestViewer.holding(students.get(1), Locale.forLanguageTag("kk"), Set.of());
            assertEquals(Optional.empty(), route.answer(TestQuickRequest.post(press, staff)), "without the capability: the resource refuses");
            assertEquals(Optional.empty(), route.answer(TestQuickRequest.get(press, student)));
            assertEquals(Optional.empty(), route.answer(TestQuickRequest.post("/online-attestation/streams/" + exam.stream + "/tiles", student)));
            assertEquals(1, exam.given().size(), "nothing else was taken");
            assertEquals(409, exam.browser(students.get(0)).choose(exam.stream, 4).status(),
                    "a refusal the route leaves comes from the resource, translated");
        }
    }

    @Test
    void aTileTakenMeanwhileIsRefusedWithTakenChooseAnother() {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(10);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> students = exam.sit(slot, 2, true);
            Exam.Browser first = exam.browser(students.get(0));
            Exam.Browser second = exam.browser(students.get(1));
            assertEquals(10, free(second.tiles(exam.stream)).size(), "the second student's page shows all free");
            int ticket = Exam.json(first.choose(exam.stream, 1)).get("ticket").asInt();
            byte[] secret = exam.secret();
            int stale = indexOf(TileOrder.of(secret, exam.stream, students.get(1), 10), ticket) + 1;

            WebClient.Page refused = second.choose(exam.stream, stale);

            assertEquals(409, refused.status(), refused.body());
            assertEquals("online-attestation.distribution.error.taken", Exam.json(refused).get("error").asText());
            assertTrue(Exam.json(refused).get("message").asText().contains("Басқа билетті таңдаңыз"),
                    "translated (the students' language is Kazakh): " + refused.body());
            assertEquals(Map.of(students.get(0), ticket), exam.given());
            List<Integer> grey = new ArrayList<>();
            Exam.json(refused).get("tiles").forEach(t -> {
                if (!t.get("free").asBoolean()) {
                    grey.add(t.get("position").asInt());
                }
            });
            assertEquals(List.of(stale), grey, "\"taken\" brings the tiles as they are now, so the page need not reload them");
            int other = free(second.tiles(exam.stream)).get(0);
            WebClient.Page retried = second.choose(exam.stream, other);
            assertEquals(200, retried.status(), retried.body());
            assertNotEquals(ticket, Exam.json(retried).get("ticket").asInt());
        }
    }

    @Test
    void oneChoiceOnly() {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(10);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            long student = exam.sit(slot, 1, true).get(0);
            Exam.Browser browser = exam.browser(student);
            int ticket = Exam.json(browser.choose(exam.stream, 2)).get("ticket").asInt();

            WebClient.Page again = browser.choose(exam.stream, 3);

            assertRefused(again, "alreadyHasTicket");
            assertEquals(Map.of(student, ticket), exam.given());
        }
    }

    @Test
    void notPlacedNotStartedOrEndedChangesNothing() {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(10);
            ExamSlot later = exam.slot(Exam.NOW.plus(Duration.ofHours(1)), Duration.ofHours(2));
            long unplaced = exam.sit(later, 1, false).get(0);
            long placed = exam.sit(later, 1, true).get(0);

            assertRefused(exam.browser(unplaced).choose(exam.stream, 1), "notPlaced");
            assertRefused(exam.browser(unplaced).tiles(exam.stream), "notPlaced");
            assertRefused(exam.browser(placed).choose(exam.stream, 1), "notStarted");
            exam.server.clock().advance(Duration.ofHours(3));
            assertRefused(exam.browser(placed).choose(exam.stream, 1), "ended");
            exam.server.clock().advance(Duration.ofHours(-2));
            assertRefused(exam.browser(placed).choose(exam.stream, 11), "noSuchTile");
            assertEquals(Map.of(), exam.given());
            assertEquals(200, exam.browser(placed).choose(exam.stream, 10).status(), "during the slot it works");
        }
    }

    @Test
    void withRandomGenerationStudentsDoNotChoose() {
        try (Exam exam = Exam.start(Map.of("distribution", "random"))) {
            exam.tickets(10);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            long student = exam.sit(slot, 1, true).get(0);
            assertRefused(exam.browser(student).choose(exam.stream, 1), "choiceNotOffered");
            assertRefused(exam.browser(student).tiles(exam.stream), "choiceNotOffered");
            assertEquals(Map.of(), exam.given());
        }
    }

    @Test
    void onlyTheStudentThemselfWithTheCsrfToken() {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(10);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            long student = exam.sit(slot, 1, true).get(0);
            long outsider = exam.student(); // of the stream's group, without a sitting

            assertEquals(403, exam.browser(student).choose(exam.stream, 1, null).status(), "no CSRF token");
            assertEquals(403, exam.browser(student).choose(exam.stream, 1, "x".repeat(43)).status(), "wrong token");
            assertEquals(404, exam.browser(outsider).choose(exam.stream, 1).status());
            assertEquals(404, exam.browser(outsider).tiles(exam.stream).status());
            assertEquals(403, exam.browser(exam.teacher).tiles(exam.stream).status(), "staff do not sit exams");
            assertEquals(Map.of(), exam.given());
        }
    }

    @Test
    void withoutWholeStreamASlotsTilesIgnoreAnotherSlotsTickets() {
        try (Exam exam = Exam.start(Map.of("wholeStream", false, "distribution", "self-select"))) {
            exam.tickets(5);
            ExamSlot morning = exam.slot(Exam.NOW, Duration.ofHours(2));
            ExamSlot afternoon = exam.slot(Exam.NOW.plus(Duration.ofHours(3)), Duration.ofHours(2));
            long early = exam.sit(morning, 1, true).get(0);
            long late = exam.sit(afternoon, 1, true).get(0);
            long neighbour = exam.sit(morning, 1, true).get(0);
            assertEquals(200, exam.browser(early).choose(exam.stream, 1).status());

            assertEquals(5, free(exam.browser(late).tiles(exam.stream)).size());
            assertEquals(4, free(exam.browser(neighbour).tiles(exam.stream)).size());
        }
    }

    private static void assertRefused(WebClient.Page page, String error) {
        assertTrue(page.status() == 409 || page.status() == 400, page.status() + " " + page.body());
        assertEquals("online-attestation.distribution.error." + error, Exam.json(page).get("error").asText(), page.body());
    }

    static List<Integer> taken(WebClient.Page page) {
        return positions(page, false);
    }

    static List<Integer> free(WebClient.Page page) {
        return positions(page, true);
    }

    private static List<Integer> positions(WebClient.Page page, boolean free) {
        assertEquals(200, page.status(), page.body());
        List<Integer> found = new ArrayList<>();
        Exam.json(page).get("tiles").forEach(t -> {
            if (t.get("free").asBoolean() == free) {
                found.add(t.get("position").asInt());
            }
        });
        return found;
    }

    static int indexOf(int[] order, int ticket) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == ticket) {
                return i;
            }
        }
        throw new AssertionError("ticket " + ticket + " not in " + Arrays.toString(order));
    }
}
