package kz.sabaq.attestation.exam;

import java.time.Duration;
import java.time.Instant;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.exam.ExamAccess.Opened;

/**
 * "Online" (spec §6, §9): the student's page beats every {@link #BEAT} while it is open; a student
 * whose last beat is older than {@link #WINDOW} is offline. Beats go to the database, so staff on
 * any server node see students connected to any other.
 */
public final class Presence {
    public static final Duration BEAT = Duration.ofSeconds(10);
    public static final Duration WINDOW = Duration.ofSeconds(30);

    private final Attestation common;
    private final ExamMapper store;
    private final LiveUpdates live;

    public Presence(Attestation common, ExamMapper store, LiveUpdates live) {
        this.common = common;
        this.store = store;
        this.live = live;
    }

    /**
     * A beat wakes no staff page: a waiting page beats every few seconds, and each wake-up would
     * make every watcher of the slot re-read it. Staff pages re-read every few seconds anyway, so a
     * student coming online shows within that; leaving is signalled at once.
     */
    public void seen(Opened exam) {
        seen(exam.streamId(), exam.studentId(), exam.slot().id());
    }

    /** The student is on another page of their final control (the test plugin's, through plugin-api). */
    public void seen(long streamId, long studentId, long slotId) {
        store.seen(streamId, studentId, slotId, common.clock().instant());
    }

    public void left(Opened exam) {
        store.left(exam.streamId(), exam.studentId());
        live.changed(exam.slot().id());
    }

    public static boolean online(Instant lastSeen, Instant now) {
        return lastSeen != null && now.isBefore(lastSeen.plus(WINDOW));
    }
}
