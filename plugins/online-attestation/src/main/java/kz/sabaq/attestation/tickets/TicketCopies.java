package kz.sabaq.attestation.tickets;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.academic.AcademicPeriod;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.OnlineStream;

/**
 * "Copy tickets" (spec §7): the chosen tickets of a stream are appended to other main streams of
 * the same teacher and discipline whose journal has the online flag in the chosen period of the
 * current year and none of whose students has a ticket yet. Copies take the next numbers and the
 * target's count grows by the number copied; files are copied too.
 */
public final class TicketCopies {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Attestation common;
    private final TicketMapper rows;
    private final Tickets tickets;

    /** A stream tickets may be copied to, as the dialog lists it. */
    public record Target(Stream stream, int students, String groups, int entered) {
    }

    public TicketCopies(Attestation common, TicketMapper rows, Tickets tickets) {
        this.common = common;
        this.rows = rows;
        this.tickets = tickets;
    }

    public List<AcademicPeriod> periods() {
        return common.academic().periodsOfCurrentYear();
    }

    /** The streams the viewer may copy the source's tickets to in the period. */
    public List<Target> targets(Viewer viewer, Stream source, long periodId) {
        if (periods().stream().noneMatch(p -> p.id() == periodId)) {
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        for (Stream s : common.academic().sameTeacherAndDiscipline(source.id(), periodId)) {
            OnlineStream online = common.store().stream(s.id());
            if (online == null || !online.online() || !common.access().canEdit(viewer, s) || rows.anyGiven(s.id())) {
                continue;
            }
            targets.add(new Target(s, common.academic().studentsOf(s.id()).size(),
                    String.join(", ", common.academic().groupCodesOf(s.id())), rows.entered(s.id())));
        }
        return targets;
    }

    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Copies the tickets; returns how many streams received them. */
    public int copy(Viewer viewer, Stream source, long periodId, List<Integer> numbers, List<Long> targetIds, String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            throw UserError.badRequest("online-attestation-tickets.error.copyToken");
        }
        List<Ticket> chosen = new ArrayList<>();
        for (int n : new LinkedHashSet<>(numbers)) {
            Ticket t = rows.ticket(source.id(), n);
            if (t == null || !t.entered()) {
                throw UserError.badRequest("online-attestation-tickets.error.noSuchNumber", n);
            }
            chosen.add(t);
        }
        if (chosen.isEmpty()) {
            throw UserError.badRequest("online-attestation-tickets.error.copyNoTickets");
        }
        Set<Long> allowed = new LinkedHashSet<>();
        targets(viewer, source, periodId).forEach(t -> allowed.add(t.stream().id()));
        Set<Long> wanted = new LinkedHashSet<>(targetIds);
        if (wanted.isEmpty()) {
            throw UserError.badRequest("online-attestation-tickets.error.copyNoStreams");
        }
        if (!allowed.containsAll(wanted)) {
            throw UserError.badRequest("online-attestation-tickets.error.copyTarget");
        }
        List<StoredFile> copiedFiles = new ArrayList<>();
        boolean done = false;
        try {
            List<List<StoredFile>> filesPerTarget = new ArrayList<>();
            for (long ignored : wanted) {
                List<StoredFile> own = new ArrayList<>();
                for (Ticket t : chosen) {
                    StoredFile copy = t.hasFile() ? copyFile(t.file()) : null;
                    own.add(copy);
                    if (copy != null) {
                        copiedFiles.add(copy);
                    }
                }
                filesPerTarget.add(own);
            }
            common.transactions().run(() -> {
                var now = common.clock().instant();
                if (rows.claimCopy(token, source.id(), viewer.userId(), now) == 0) {
                    throw UserError.conflict("online-attestation-tickets.error.copyDone");
                }
                int i = 0;
                for (long target : wanted) {
                    Integer count = rows.lockCount(target);
                    if (count == null || rows.anyGiven(target)) {
                        throw UserError.conflict("online-attestation-tickets.error.copyTarget");
                    }
                    int base = Math.max(count, rows.highestNumber(target));
                    List<StoredFile> own = filesPerTarget.get(i++);
                    for (int k = 0; k < chosen.size(); k++) {
                        Ticket t = chosen.get(k);
                        StoredFile f = own.get(k);
                        rows.insertCopy(target, base + k + 1, t.body(), f == null ? null : f.name(), f == null ? null : f.key(),
                                f == null ? null : f.contentType(), f == null ? null : f.size(), viewer.userId(), now);
                    }
                    rows.setCount(target, base + chosen.size(), viewer.userId(), now);
                }
            });
            done = true;
        } finally {
            if (!done) {
                copiedFiles.forEach(f -> tickets.files().delete(f.key()));
            }
        }
        common.audit().record(viewer.userId(), "online-attestation.tickets.copy", "stream:" + source.id(),
                Map.of("tickets", chosen.stream().map(Ticket::number).toList(), "streams", List.copyOf(wanted)));
        return wanted.size();
    }

    private StoredFile copyFile(StoredFile file) {
        try (var in = tickets.files().open(file.key())) {
            return tickets.files().store(in, file.name(), Long.MAX_VALUE - 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
