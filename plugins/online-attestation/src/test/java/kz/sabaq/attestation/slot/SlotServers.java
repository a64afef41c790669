package kz.sabaq.attestation.slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import kz.sabaq.attestation.tickets.OaFixture;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;

/** Servers and requests for the slot action tests. */
final class SlotServers {
    private SlotServers() {
    }

    /**
     * The module with the given settings; the distribution strategy plugins are enabled too, so the
     * tests run the same once the distribution part is merged.
     */
    static TestServer start(Map<String, Object> settings) {
        return TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("online-attestation", settings)
                .enable("tickets-random", Map.of())
                .enable("tickets-self-select", Map.of())
                .enable("conference-link", Map.of())
                .start();
    }

    /** Posts a form with one field repeated for each value (the dialog's checkboxes). */
    static WebClient.Page post(WebClient web, String path, String name, List<Long> values) {
        return web.post(path, FormFields.of().addEach(name, values));
    }

    /** Runs the same request from several threads released at once; statuses sorted. */
    static <T extends Comparable<T>> List<T> together(int times, Supplier<T> request) {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<T>> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return request.get();
            }));
        }
        go.countDown();
        return runs.stream().map(CompletableFuture::join).sorted().toList();
    }

    /** The slot's offered actions as JSON text. */
    static String offered(WebClient web, long slot) {
        WebClient.Page page = web.getJson("/online-attestation/slots/" + slot + "/actions");
        if (page.status() != 200) {
            throw new AssertionError(page.status() + " " + page.body());
        }
        return page.body();
    }

    static String actions(long slot) {
        return "/online-attestation/slots/" + slot + "/actions/";
    }

    /** A slot from 10:00 to 12:00 on the fixture's day for all its students, with that many tickets entered. */
    static long slotWithTickets(OaFixture f, int tickets) {
        f.tickets(tickets);
        return f.slot("10:00", "12:00", f.students);
    }

    /** The teacher posts the action's dialog with every student of the fixture ticked. */
    static WebClient.Page forAll(OaFixture f, long slot, String action) {
        return post(f.teacherWeb(), actions(slot) + action, "student", f.students);
    }

    static long withTicket(OaFixture f, long slot) {
        return f.number("SELECT COUNT(*) FROM oa_sitting WHERE slot_id = ? AND ticket_number IS NOT NULL", slot);
    }

    static long placed(OaFixture f, long slot) {
        return f.number("SELECT COUNT(*) FROM oa_sitting WHERE slot_id = ? AND placed_at IS NOT NULL", slot);
    }

    static long sent(OaFixture f, long slot) {
        return f.number("SELECT COUNT(*) FROM oa_sitting WHERE slot_id = ? AND questions_sent_at IS NOT NULL", slot);
    }
}
