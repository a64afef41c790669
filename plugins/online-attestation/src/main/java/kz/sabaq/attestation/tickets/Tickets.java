package kz.sabaq.attestation.tickets;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.file.FileStore;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.OnlineStream;
import kz.sabaq.attestation.RichText;
import kz.sabaq.attestation.Sitting;

/**
 * The ticket bank of spec §7: the number of tickets, each ticket's questions and file. Everything
 * that changes tickets is refused once a ticket of the stream has been given to a student.
 */
public final class Tickets implements TicketBank {
    private static final int MAX_COUNT = 500;

    private final Attestation common;
    private final TicketMapper rows;
    private final FileStore files;

    public Tickets(Attestation common, TicketMapper rows, FileStore files) {
        this.common = common;
        this.rows = rows;
        this.files = files;
    }

    @Override
    public Summary summary(long streamId) {
        OnlineStream stream = common.store().stream(streamId);
        if (stream == null) {
            return new Summary(0, 0, null);
        }
        // "last saved" is the tickets' (their questions), not the count's; the count's until a ticket is saved
        Instant ticketSaved = rows.lastSaved(streamId);
        return new Summary(stream.ticketCount(), rows.entered(streamId),
                ticketSaved != null ? ticketSaved : stream.ticketCountSavedAt());
    }

    @Override
    public List<Integer> numbers(long streamId) {
        OnlineStream stream = common.store().stream(streamId);
        int count = stream == null ? 0 : stream.ticketCount();
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Override
    public Optional<Ticket> ticket(long streamId, int number) {
        return Optional.ofNullable(rows.ticket(streamId, number)).filter(Ticket::entered);
    }

    public List<Ticket> tickets(long streamId) {
        return rows.tickets(streamId);
    }

    /** True once a ticket of the stream has been generated for or chosen by a student. */
    public boolean anyGiven(long streamId) {
        return rows.anyGiven(streamId);
    }

    /** Numbers of the counted tickets that have no questions yet, for the "Add" dialog. */
    public List<Integer> free(long streamId) {
        List<Integer> taken = rows.tickets(streamId).stream().map(Ticket::number).toList();
        return numbers(streamId).stream().filter(n -> !taken.contains(n)).toList();
    }

    /** The stream's online state, when its final control is conducted by ticket; else 404. */
    public OnlineStream byTicket(long streamId) {
        OnlineStream online = common.store().stream(streamId);
        if (online == null || !online.byTicket()) {
            throw new UserError(404, "online-attestation-tickets.error.notByTicket");
        }
        return online;
    }

    public void saveCount(Viewer viewer, Stream stream, String submitted) {
        int count = parseCount(submitted);
        byTicket(stream.id());
        refuseWhenGiven(stream.id());
        int highest = rows.highestNumber(stream.id());
        if (count < highest) {
            throw UserError.badRequest("online-attestation-tickets.error.countBelowSaved", highest);
        }
        if (rows.saveCount(stream.id(), count, viewer.userId(), common.clock().instant()) == 0) {
            refuseWhenGiven(stream.id());
            throw UserError.conflict("online-attestation-tickets.error.countBelowSaved", rows.highestNumber(stream.id()));
        }
        common.audit().record(viewer.userId(), "online-attestation.tickets.count", "stream:" + stream.id(),
                Map.of("count", count));
    }

    /**
     * Adds a ticket (number among the free ones) or replaces an existing ticket's text and, when a
     * file comes, its file. Text, file, or both; a new file replaces the old one.
     */
    public void save(Viewer viewer, Stream stream, int number, boolean adding, String body, Upload upload) {
        byTicket(stream.id());
        refuseWhenGiven(stream.id());
        String clean = RichText.cleanOrNull(body);
        if (adding && !numbers(stream.id()).contains(number)) {
            throw UserError.badRequest("online-attestation-tickets.error.noSuchNumber", number).on("number");
        }
        Ticket existing = rows.ticket(stream.id(), number);
        if (adding && existing != null) {
            throw UserError.conflict("online-attestation-tickets.error.alreadyEntered", number).on("number");
        }
        if (!adding && existing == null) {
            throw UserError.notFound();
        }
        boolean keepsFile = existing != null && existing.hasFile();
        if (clean == null && upload == null && !keepsFile) {
            throw UserError.badRequest("online-attestation-tickets.error.empty").on("body");
        }
        StoredFile stored = upload == null ? null
                : files.store(upload.content(), upload.name(), common.settings().fileMaxBytes());
        boolean saved = false;
        try {
            saved = common.transactions().inTransaction(() -> write(viewer, stream.id(), number, adding, clean, stored));
        } catch (RuntimeException e) {
            if (isDuplicate(e)) {
                throw UserError.conflict("online-attestation-tickets.error.alreadyEntered", number);
            }
            throw e;
        } finally {
            if (!saved && stored != null) {
                files.delete(stored.key());
            }
        }
        if (!adding && stored != null && keepsFile) {
            files.delete(existing.fileKey());
        }
        common.audit().record(viewer.userId(), adding ? "online-attestation.tickets.add" : "online-attestation.tickets.edit",
                "stream:" + stream.id(), Map.of("number", number, "file", stored != null));
    }

    private boolean write(Viewer viewer, long streamId, int number, boolean adding, String body, StoredFile file) {
        var now = common.clock().instant();
        if (adding) {
            int n = rows.insert(streamId, number, body, file == null ? null : file.name(), file == null ? null : file.key(),
                    file == null ? null : file.contentType(), file == null ? null : file.size(), viewer.userId(), now);
            if (n == 0) {
                throw refusal(streamId, number);
            }
            return true;
        }
        if (rows.updateBody(streamId, number, body, viewer.userId(), now) == 0) {
            throw refusal(streamId, number);
        }
        if (file != null) {
            rows.updateFile(streamId, number, file.name(), file.key(), file.contentType(), file.size(), viewer.userId(), now);
        }
        Ticket after = rows.ticket(streamId, number);
        if (!after.entered()) {
            throw UserError.badRequest("online-attestation-tickets.error.empty");
        }
        return true;
    }

    public void deleteFile(Viewer viewer, Stream stream, int number) {
        byTicket(stream.id());
        refuseWhenGiven(stream.id());
        Ticket ticket = Optional.ofNullable(rows.ticket(stream.id(), number)).orElseThrow(UserError::notFound);
        if (!ticket.hasFile()) {
            return;
        }
        if (ticket.body() == null) {
            throw UserError.badRequest("online-attestation-tickets.error.lastContent");
        }
        if (rows.updateFile(stream.id(), number, null, null, null, null, viewer.userId(), common.clock().instant()) == 0) {
            throw refusal(stream.id(), number);
        }
        files.delete(ticket.fileKey());
        common.audit().record(viewer.userId(), "online-attestation.tickets.deleteFile", "stream:" + stream.id(),
                Map.of("number", number));
    }

    public void delete(Viewer viewer, Stream stream, int number) {
        byTicket(stream.id());
        refuseWhenGiven(stream.id());
        Ticket ticket = rows.ticket(stream.id(), number);
        if (ticket == null) {
            return;
        }
        if (rows.delete(stream.id(), number) == 0) {
            throw refusal(stream.id(), number);
        }
        if (ticket.hasFile()) {
            files.delete(ticket.fileKey());
        }
        common.audit().record(viewer.userId(), "online-attestation.tickets.delete", "stream:" + stream.id(),
                Map.of("number", number));
    }

    /**
     * The ticket's file: staff who see the stream, or the student who holds this ticket after the
     * questions were sent to them.
     */
    public StoredFile file(Viewer viewer, long streamId, int number) {
        Ticket ticket = rows.ticket(streamId, number);
        boolean staff = common.academic().stream(streamId).map(s -> common.access().canView(viewer, s)).orElse(false);
        if (!staff) {
            Sitting sitting = common.store().sitting(streamId, viewer.userId());
            // The file is part of the questions: the holder gets it once "show questions" recorded
            // when they first saw them, so the viewing time is never skipped by a direct download.
            boolean holder = sitting != null && Integer.valueOf(number).equals(sitting.ticketNumber())
                    && sitting.questionsSentAt() != null && sitting.questionsViewedAt() != null;
            if (!holder) {
                throw UserError.forbidden();
            }
        }
        if (ticket == null || !ticket.hasFile()) {
            throw UserError.notFound();
        }
        return ticket.file();
    }

    public FileStore files() {
        return files;
    }

    private void refuseWhenGiven(long streamId) {
        if (rows.anyGiven(streamId)) {
            throw UserError.conflict("online-attestation-tickets.error.given");
        }
    }

    private UserError refusal(long streamId, int number) {
        if (rows.anyGiven(streamId)) {
            return UserError.conflict("online-attestation-tickets.error.given");
        }
        return UserError.conflict("online-attestation-tickets.error.alreadyEntered", number);
    }

    private static int parseCount(String submitted) {
        try {
            int count = Integer.parseInt(submitted == null ? "" : submitted.trim());
            if (count >= 1 && count <= MAX_COUNT) {
                return count;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw UserError.badRequest("online-attestation-tickets.error.count", MAX_COUNT);
    }

    static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (t instanceof java.sql.SQLException s && s.getErrorCode() == 1062)) {
                return true;
            }
        }
        return false;
    }

    /** A file as it arrived in a form: its content and the uploader's name. */
    public record Upload(InputStream content, String name) {
    }
}
