package kz.sabaq.attendance.scan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attendance.AttendanceSettings;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.code.RotatingCodes;
import kz.sabaq.attendance.mark.Timing;

/**
 * A six-digit code typed by a listener whose camera fails: it is matched against the codes of the
 * listener's own sessions open for marking now, so the listener types nothing else. Attempts are
 * counted per session before the code is checked (a right one is given back), and typing closes
 * after the set number of wrong ones, so the code cannot be guessed, not even by parallel tries.
 */
public final class TypedCodes {
    /** Longest class meeting looked back for: one that started this long ago may still be open. */
    private static final Duration LONGEST_SESSION = Duration.ofHours(12);

    private final RotatingCodes codes;
    private final TypedFailureMapper failures;
    private final AcademicDirectory academic;
    private final AttendanceSettings settings;
    private final Timing timing;

    public record Match(ClassSession session, Phase phase, RotatingCodes.Freshness freshness) {
    }

    public TypedCodes(RotatingCodes codes, TypedFailureMapper failures, AcademicDirectory academic,
                      AttendanceSettings settings, Timing timing) {
        this.codes = codes;
        this.failures = failures;
        this.academic = academic;
        this.settings = settings;
        this.timing = timing;
    }

    public Match match(long studentId, String typed, Instant now) {
        if (typed == null || !typed.strip().matches("\\d{6}")) {
            throw UserError.badRequest("attendance-qr.error.typedFormat");
        }
        List<ClassSession> open = academic.sessionsOfStudent(studentId, now.minus(LONGEST_SESSION),
                        now.plus(settings.checkInOpens()).plusSeconds(1)).stream()
                .filter(s -> timing.open(Phase.IN, s, now) || timing.open(Phase.OUT, s, now))
                .toList();
        if (open.isEmpty()) {
            throw UserError.badRequest("attendance-qr.error.nothingOpen");
        }
        List<ClassSession> allowed = open.stream().filter(s -> claimAttempt(s.id(), studentId)).toList();
        if (allowed.isEmpty()) {
            throw UserError.badRequest("attendance-qr.error.typedLocked");
        }
        for (ClassSession s : allowed) {
            for (Phase phase : Phase.values()) {
                if (timing.open(phase, s, now)) {
                    Optional<RotatingCodes.Freshness> fresh = codes.checkTyped(s.id(), phase, typed, now);
                    if (fresh.isPresent()) {
                        allowed.forEach(counted -> failures.giveBack(counted.id(), studentId));
                        return new Match(s, phase, fresh.get());
                    }
                }
            }
        }
        throw UserError.badRequest("attendance-qr.error.codeInvalid");
    }

    /** Counts one attempt for the session before the code is checked; false when none are left. */
    private boolean claimAttempt(long sessionId, long studentId) {
        failures.ensure(sessionId, studentId);
        return failures.claim(sessionId, studentId, settings.typedAttempts()) == 1;
    }
}
