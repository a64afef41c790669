package kz.sabaq.attestation.flow;

import static kz.sabaq.attestation.flow.Exam.hides;
import static kz.sabaq.attestation.flow.Exam.shows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Students' own choice of tickets end to end: the administrator chooses the form, the teacher
 * places the tickets, two students press tiles, a taken tile is refused, the questions are sent
 * and read.
 */
class OwnChoiceFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, String> QUESTIONS = Map.of(
            1, "Сызықтық теңдеулер жүйесі", 2, "Матрицаның анықтауышы", 3, "Векторлардың скаляр көбейтіндісі");

    @Test
    void twoStudentsChooseTilesAndATakenTileIsRefused() throws IOException {
        try (College college = new College()) {
            Staff staff = new Staff(college);
            College.User aigerim = college.student("Әбдіхалық", "Айгерім");
            College.User bolat = college.student("Бекұлы", "Болат");

            staff.settings("self-select");
            staff.conductOnline("letter");
            staff.openFromList();
            long slot = staff.distribute("2026-09-22", "14:00", "16:00", aigerim, bolat);
            Tickets tickets = new Tickets(college, staff);
            tickets.count(3);
            for (int n = 1; n <= 3; n++) {
                tickets.add(n, "<p>" + QUESTIONS.get(n) + "</p>", null, null);
            }

            college.at("2026-09-22T14:02");
            Exam a = new Exam(college, aigerim);
            Exam b = new Exam(college, bolat);
            WebClient.Page notYet = tiles(a);
            assertEquals(409, notYet.status(), "no choosing before the tickets are placed: " + notYet.body());

            tickets.place(slot);
            assertNotNull(college.sitting(aigerim, "placed_at"));
            WebClient.Page page = a.openFromMine();
            shows(page, "data-oa-tiles=\"/online-attestation/streams/" + college.stream + "/tiles\"");
            List<Boolean> first = free(tiles(a));
            assertEquals(List.of(true, true, true), first, "three tiles, all free");

            WebClient.Page chose = choose(a, 2);
            assertEquals(200, chose.status(), chose.body());
            int ticketA = JSON.readTree(chose.body()).get("ticket").asInt();
            assertEquals(String.valueOf(ticketA), college.sitting(aigerim, "ticket_number"));
            hides(a.open(), "data-oa-tiles=");

            // Bolat sees one tile taken; pressing it is refused and gives him nothing.
            List<Boolean> seen = free(tiles(b));
            assertEquals(1, seen.stream().filter(f -> !f).count(), "one tile taken: " + seen);
            int taken = seen.indexOf(false) + 1;
            WebClient.Page refused = choose(b, taken);
            assertEquals(409, refused.status(), refused.body());
            assertNull(college.sitting(bolat, "ticket_number"), "a refused tile changes nothing");
            WebClient.Page again = choose(a, 1);
            assertEquals(409, again.status(), "a second ticket is refused: " + again.body());
            assertEquals(String.valueOf(ticketA), college.sitting(aigerim, "ticket_number"));

            int freeTile = seen.indexOf(true) + 1;
            WebClient.Page bChose = choose(b, freeTile);
            assertEquals(200, bChose.status(), bChose.body());
            int ticketB = JSON.readTree(bChose.body()).get("ticket").asInt();
            assertNotEquals(ticketA, ticketB);
            assertEquals(String.valueOf(ticketB), staff.cell(bolat, "ticket"));

            // Questions: "please wait" until sent, then each student reads their own ticket.
            shows(b.showQuestions(), "data-oa-wait");
            tickets.send(slot);
            WebClient.Page qa = a.showQuestions();
            assertTrue(Html.text(qa, "data-oa-questions").contains(QUESTIONS.get(ticketA)), qa.body());
            WebClient.Page qb = b.showQuestions();
            assertTrue(Html.text(qb, "data-oa-questions").contains(QUESTIONS.get(ticketB)), qb.body());
            assertNotNull(college.sitting(aigerim, "questions_viewed_at"));
            assertNotNull(college.sitting(bolat, "questions_viewed_at"));
        }
    }

    private static WebClient.Page tiles(Exam exam) {
        return exam.student.web().getJson("/online-attestation/streams/" + streamOf(exam) + "/tiles");
    }

    /** Presses a tile as the page's script does: a POST with the page's CSRF token in the header. */
    private static WebClient.Page choose(Exam exam, int position) {
        WebClient web = exam.student.web();
        web.get(exam.page());
        return web.send(HttpRequest.newBuilder(URI.create(web.url("/online-attestation/streams/" + streamOf(exam) + "/tiles/" + position)))
                .header("Accept", "application/json").header("X-CSRF-Token", web.csrf())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static List<Boolean> free(WebClient.Page tiles) throws IOException {
        assertEquals(200, tiles.status(), tiles.body());
        List<Boolean> free = new ArrayList<>();
        JsonNode list = JSON.readTree(tiles.body()).get("tiles");
        for (int i = 0; i < list.size(); i++) {
            assertEquals(i + 1, list.get(i).get("position").asInt());
            free.add(list.get(i).get("free").asBoolean());
        }
        return free;
    }

    private static String streamOf(Exam exam) {
        return exam.page().split("/")[3];
    }
}
