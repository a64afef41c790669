package kz.sabaq.attestation.slot;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.notify.Notification;
import kz.sabaq.api.notify.Notifications;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.distribution.TicketDistribution;
import kz.sabaq.attestation.tickets.TicketBank;

/**
 * The per-slot actions of spec §8. Every action runs in the slot's situation read afresh for the
 * request ({@link #editable}) and refuses, with the reason the page would have hidden the button for,
 * anything the page would not have offered.
 */
public final class Slots implements SlotActions {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Attestation common;
    private final SlotMapper rows;
    private final TicketDistribution distribution;
    private final TicketBank bank;
    private final Notifications notifications;
    private final Admissions admissions;

    public Slots(Attestation common, SlotMapper rows, TicketDistribution distribution, TicketBank bank,
                 Notifications notifications) {
        this.common = common;
        this.rows = rows;
        this.distribution = distribution;
        this.bank = bank;
        this.notifications = notifications;
        this.admissions = new Admissions(common);
    }

    /** The actions as the slot's tab offers them, with where each one's dialog is. */
    @Override
    public List<Offered> offered(Viewer viewer, Stream stream, ExamSlot slot) {
        return offered(situation(viewer, stream, slot));
    }

    /** The actions offered in a situation already read. */
    public List<Offered> offered(Situation s) {
        ExamSlot slot = s.slot();
        List<Offered> offered = new ArrayList<>();
        String base = "/online-attestation/slots/" + slot.id() + "/actions/";
        if (s.notification() == null) {
            offered.add(new Offered("online-attestation-slot.notify", base + "notify"));
        }
        if (s.platform() == null) {
            offered.add(new Offered("online-attestation-slot.platform", base + "platform"));
        }
        if (s.generate() == null) {
            offered.add(new Offered("online-attestation-slot.generate", base + "generate"));
        }
        if (s.place() == null) {
            offered.add(new Offered("online-attestation-slot.place", base + "place"));
        }
        if (s.cancel() == null) {
            offered.add(new Offered("online-attestation-slot.cancel", base + "cancel"));
        }
        if (s.sendShown() == null) {
            offered.add(new Offered("online-attestation-slot.send", base + "send", s.send() == null));
        }
        return offered;
    }

    /** The slot's situation for a viewer who may see its stream; 404 / 403 otherwise. */
    public Situation situation(Viewer viewer, long slotId) {
        ExamSlot slot = common.store().slot(slotId);
        if (slot == null) {
            throw UserError.notFound();
        }
        return situation(viewer, common.access().viewable(viewer, slot.streamId()), slot);
    }

    /** The situation of a slot whose actions the viewer may run (edit mode on the stream); 403 otherwise. */
    public Situation editable(Viewer viewer, long slotId) {
        return mayEdit(situation(viewer, slotId));
    }

    private Situation situation(Viewer viewer, Stream stream, ExamSlot slot) {
        return new Situation(stream, common.store().stream(stream.id()), slot, common.store().sittingsOfSlot(slot.id()),
                common.access().canEdit(viewer, stream), bank.summary(stream.id()), studentsChoose(),
                common.clock().instant(), common.academic().timeZone());
    }

    private boolean studentsChoose() {
        try {
            return distribution.chosen().studentsChoose();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The situation an action runs in, as {@link #editable} read it for the request (so an action reads
     * the slot once); 403 for a situation without edit mode.
     */
    private static Situation mayEdit(Situation s) {
        if (!s.editMode()) {
            throw UserError.forbidden();
        }
        return s;
    }

    static void require(String reason) {
        if (reason != null) {
            throw UserError.conflict(reason);
        }
    }

    /** The slot's students a dialog lists, by name. */
    public List<Student> students(Situation s, Predicate<Sitting> which) {
        Set<Long> ids = new LinkedHashSet<>();
        s.sittings().stream().filter(which).forEach(x -> ids.add(x.studentId()));
        return common.academic().studentsOf(s.stream().id()).stream().filter(st -> ids.contains(st.userId()))
                .sorted(java.util.Comparator.comparing(Student::displayName)).toList();
    }

    /** The chosen students, each of whom must be one the dialog listed. */
    private static List<Long> chosen(Situation s, List<Long> studentIds, Predicate<Sitting> which) {
        Set<Long> wanted = new LinkedHashSet<>(studentIds);
        if (wanted.isEmpty()) {
            throw UserError.badRequest("online-attestation-slot.error.noStudents").on("student");
        }
        Set<Long> allowed = new LinkedHashSet<>();
        s.sittings().stream().filter(which).forEach(x -> allowed.add(x.studentId()));
        if (!allowed.containsAll(wanted)) {
            throw UserError.conflict("online-attestation-slot.error.notListed");
        }
        return List.copyOf(wanted);
    }

    /** Whether the sitting's student is admitted: dialogs that give tickets or questions list only them. */
    public boolean admitted(Sitting sitting) {
        return admissions.admitted(sitting.streamId(), sitting.studentId());
    }

    /** The chosen students, each of whom must be admitted (a not-admitted student gets no ticket or questions). */
    private List<Long> admitted(Situation s, List<Long> chosen) {
        chosen.forEach(id -> admissions.require(s.stream().id(), id));
        return chosen;
    }

    public String when(Situation s) {
        return WHEN.format(s.slot().startsAt().atZone(s.zone()));
    }

    /** "Send notification": every student of the slot, once per start time. */
    public int sendNotification(Viewer viewer, Situation s) {
        long slotId = mayEdit(s).slot().id();
        require(s.notification());
        List<Long> students = s.sittings().stream().map(Sitting::studentId).toList();
        String when = when(s);
        common.transactions().run(() -> {
            if (rows.markNotified(slotId, common.clock().instant()) == 0) {
                throw UserError.conflict(Situation.PREFIX + "notified");
            }
            var name = s.stream().discipline();
            for (long student : students) {
                notifications.send(new Notification(student, "online-attestation-slot.notification.scheduled",
                        List.of(name.kk(), name.ru(), name.en(), when), "/online-attestation/mine"));
            }
        });
        common.audit().record(viewer.userId(), "online-attestation.slot.notify", "slot:" + slotId,
                Map.of("students", students.size()));
        return students.size();
    }

    /** "Generate ticket numbers" for chosen students of the slot who have no ticket. */
    public Map<Long, Integer> generate(Viewer viewer, Situation s, List<Long> studentIds) {
        mayEdit(s);
        require(s.generate());
        List<Long> chosen = admitted(s, chosen(s, studentIds, x -> !x.hasTicket()));
        return distribution.generate(viewer, s.slot(), chosen);
    }

    /** "Place tickets": the chosen students get the "Choose a ticket" block and a notification. */
    public int place(Viewer viewer, Situation s, List<Long> studentIds) {
        long slotId = mayEdit(s).slot().id();
        require(s.place());
        List<Long> chosen = admitted(s, chosen(s, studentIds, Situation::placeable));
        String teacher = common.academic().fullName(s.stream().teacherId()).orElse("");
        String when = when(s);
        var name = s.stream().discipline();
        int placed = common.transactions().inTransaction(() -> {
            int n = 0;
            for (long student : chosen) {
                if (rows.place(slotId, student, common.clock().instant()) == 1) {
                    n++;
                    notifications.send(new Notification(student, "online-attestation-slot.notification.placed",
                            List.of(name.kk(), name.ru(), name.en(), teacher, when), "/online-attestation/mine"));
                }
            }
            return n;
        });
        common.audit().record(viewer.userId(), "online-attestation.slot.place", "slot:" + slotId,
                Map.of("students", chosen, "placed", placed));
        return placed;
    }

    /** "Cancel placement" (after confirmation): the block hides and any ticket taken is freed. */
    public int cancel(Viewer viewer, Situation s, List<Long> studentIds) {
        long slotId = mayEdit(s).slot().id();
        require(s.cancel());
        List<Long> chosen = chosen(s, studentIds, Situation::cancellable);
        int cancelled = common.transactions().inTransaction(() -> {
            int n = 0;
            for (long student : chosen) {
                n += rows.cancel(slotId, student);
            }
            return n;
        });
        common.audit().record(viewer.userId(), "online-attestation.slot.cancel", "slot:" + slotId,
                Map.of("students", chosen, "cancelled", cancelled));
        return cancelled;
    }

    /** "Send questions to students": to the chosen students with a ticket, or to all of them. */
    public int send(Viewer viewer, Situation s, List<Long> studentIds, boolean all) {
        long slotId = mayEdit(s).slot().id();
        require(s.send());
        List<Long> chosen = all ? s.sittings().stream().filter(Situation::sendable).filter(this::admitted)
                .map(Sitting::studentId).toList()
                : admitted(s, chosen(s, studentIds, Situation::sendable));
        int sent = common.transactions().inTransaction(() -> {
            int n = 0;
            for (long student : chosen) {
                n += rows.send(slotId, student, common.clock().instant());
            }
            return n;
        });
        if (sent == 0) {
            throw UserError.conflict(Situation.PREFIX + "noneWithTicket");
        }
        common.audit().record(viewer.userId(), "online-attestation.slot.send", "slot:" + slotId,
                Map.of("students", chosen, "sent", sent));
        return sent;
    }

    public SlotMapper rows() {
        return rows;
    }

    public Attestation common() {
        return common;
    }
}
