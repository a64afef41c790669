package kz.sabaq.attestation.exam;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.file.FileStore;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.RichText;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.exam.ExamAccess.Opened;

/**
 * The student's answer (spec §9): the autosaved draft, the files, and "Send answer", which locks
 * them all. Every condition the page shows a button under is checked here again; a refused request
 * changes nothing.
 */
public final class Answers {
    static final String PREFIX = "online-attestation.exam.";

    private final Attestation common;
    private final ExamMapper store;
    private final FileStore files;
    private final LiveUpdates live;

    public Answers(Attestation common, ExamMapper store, FileStore files, LiveUpdates live) {
        this.common = common;
        this.store = store;
        this.files = files;
        this.live = live;
    }

    /** The answers block shows: the ticket's questions were viewed, or a task is given and the slot has come; never for a test. */
    public static boolean open(Opened exam, Sitting sitting, Instant now) {
        if (exam.byTest()) {
            return false;
        }
        if (exam.byTicket()) {
            return sitting.questionsViewedAt() != null;
        }
        return exam.started(now) && RichText.hasText(sitting.task());
    }

    public void saveDraft(Opened exam, String html) {
        common.transactions().run(() -> {
            writable(exam);
            store.saveDraft(exam.streamId(), exam.studentId(), RichText.clean(html), common.clock().instant());
        });
    }

    public void upload(Opened exam, InputStream content, String name) {
        upload(exam, content, name, null);
    }

    /**
     * Stores one file of the answer; with {@code draft} (the form's text, on its first file) the
     * text is kept as the draft in the same transaction, one durable commit for both. Refused, it
     * keeps nothing: the caller then keeps the text on its own ({@link #saveDraft}).
     */
    public void upload(Opened exam, InputStream content, String name, String draft) {
        if (content == null || name == null || name.isBlank()) {
            throw UserError.badRequest(PREFIX + "error.noFile").on("files");
        }
        common.transactions().run(() -> {
            writable(exam);
            if (draft != null) {
                store.saveDraft(exam.streamId(), exam.studentId(), RichText.clean(draft), common.clock().instant());
            }
            long used = store.files(exam.streamId(), exam.studentId()).stream().mapToLong(ExamMapper.AnswerFile::fileSize).sum();
            long left = common.settings().answerMaxBytes() - used;
            if (left <= 0) {
                throw new UserError(413, PREFIX + "error.answerTooLarge", common.settings().answerMaxBytes() / (1024 * 1024));
            }
            StoredFile stored;
            try {
                stored = files.store(content, name, Math.min(left, common.settings().fileMaxBytes()));
            } catch (UserError e) {
                if (e.status() == 413 && left < common.settings().fileMaxBytes()) {
                    throw new UserError(413, PREFIX + "error.answerTooLarge",
                            common.settings().answerMaxBytes() / (1024 * 1024));
                }
                throw e;
            }
            ExamMapper.FileRow row = new ExamMapper.FileRow();
            row.streamId = exam.streamId();
            row.studentId = exam.studentId();
            row.fileKey = stored.key();
            row.fileName = stored.name();
            row.fileType = stored.contentType();
            row.fileSize = stored.size();
            row.uploadedAt = common.clock().instant();
            store.addFile(row);
            common.audit().record(exam.studentId(), "online-attestation.answer.file", sittingObject(exam),
                    Map.of("file", row.id, "name", stored.name(), "size", stored.size()));
        });
    }

    public void deleteFile(Opened exam, long fileId) {
        ExamMapper.AnswerFile file = fileOf(exam, fileId);
        common.transactions().run(() -> {
            writable(exam);
            if (store.deleteFile(fileId) == 0) {
                throw UserError.conflict(PREFIX + "error.answerLocked");
            }
        });
        files.delete(file.fileKey());
    }

    /** The file when it belongs to this sitting's answer; 404 otherwise. */
    public ExamMapper.AnswerFile fileOf(Opened exam, long fileId) {
        ExamMapper.AnswerFile file = store.file(fileId);
        if (file == null || file.streamId() != exam.streamId() || file.studentId() != exam.studentId()) {
            throw UserError.notFound();
        }
        return file;
    }

    public List<ExamMapper.AnswerFile> files(Opened exam) {
        return store.files(exam.streamId(), exam.studentId());
    }

    /**
     * "Send answer": the submitted text (or the saved draft when none is submitted) is kept and the
     * sending time recorded. A second click after a successful send changes nothing and is no error.
     */
    public void send(Opened exam, String html) {
        common.transactions().run(() -> {
            store.lockSitting(exam.streamId(), exam.studentId());
            Sitting sitting = common.store().sitting(exam.streamId(), exam.studentId());
            if (sitting == null) {
                throw UserError.notFound();
            }
            if (sitting.answerSentAt() != null) {
                return;
            }
            Instant now = common.clock().instant();
            requireOpen(exam, sitting, now);
            String body = html == null ? store.answer(exam.streamId(), exam.studentId()) : RichText.clean(html);
            boolean hasFile = !store.files(exam.streamId(), exam.studentId()).isEmpty();
            int min = common.settings().minAnswerChars();
            // at least min characters of text, files or not (seed 001: «кем дегенде 10 таңба»)
            if (RichText.textLength(body) < min) {
                throw UserError.badRequest(PREFIX + "error.tooShort", min).on("body");
            }
            store.saveDraft(exam.streamId(), exam.studentId(), body == null ? "" : body, now);
            store.send(exam.streamId(), exam.studentId(), now);
            common.audit().record(exam.studentId(), "online-attestation.answer.sent", sittingObject(exam),
                    Map.of("chars", RichText.textLength(body), "files", hasFile));
        });
        live.changed(exam.slot().id());
    }

    /** The sitting, when its answer may still change: the block is open, not sent, the slot not over. */
    private Sitting writable(Opened exam) {
        store.lockSitting(exam.streamId(), exam.studentId());
        Sitting sitting = common.store().sitting(exam.streamId(), exam.studentId());
        if (sitting == null) {
            throw UserError.notFound();
        }
        if (sitting.answerSentAt() != null) {
            throw UserError.conflict(PREFIX + "error.answerLocked");
        }
        requireOpen(exam, sitting, common.clock().instant());
        return sitting;
    }

    private void requireOpen(Opened exam, Sitting sitting, Instant now) {
        if (!open(exam, sitting, now)) {
            throw UserError.conflict(PREFIX + (exam.byTest() ? "error.byTest"
                    : exam.byTicket() ? "error.questionsNotViewed" : "error.noTask"));
        }
        if (exam.slot().ended(now)) {
            throw UserError.conflict(PREFIX + "error.slotEnded");
        }
    }

    static String sittingObject(Opened exam) {
        return "oa-sitting:" + exam.streamId() + ":" + exam.studentId();
    }
}
