package kz.sabaq.attendance.mark;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Room;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attendance.AttendanceSettings;
import kz.sabaq.attendance.code.RotatingCodes;

/** The signals of an unusual mark that can be seen from the scan itself and the room. */
public final class Suspicion {
    private static final double EARTH_RADIUS_METERS = 6_371_000;

    private final TimetableCache timetable;
    private final AttendanceSettings settings;

    public record Found(Signal reason, String detail) {
    }

    public Suspicion(TimetableCache timetable, AttendanceSettings settings) {
        this.timetable = timetable;
        this.settings = settings;
    }

    /**
     * An expired code; an address outside the room's networks (when the room has any), as the
     * institution's room-network rule says: not looked at, flagged, or refused before anything is
     * recorded (a translated 400).
     */
    public List<Found> of(Scan scan, ClassSession session) {
        List<Found> found = new ArrayList<>();
        if (scan.freshness() == RotatingCodes.Freshness.EXPIRED) {
            found.add(new Found(Signal.EXPIRED_CODE, null));
        }
        String rule = settings.roomNetworkRule();
        if (!AttendanceSettings.NETWORK_OFF.equals(rule)
                && room(session).filter(r -> !r.networks().isEmpty() && !inside(r, scan.address())).isPresent()) {
            if (AttendanceSettings.NETWORK_REFUSE.equals(rule)) {
                throw UserError.badRequest("attendance-qr.error.outsideNetwork");
            }
            found.add(new Found(Signal.OUTSIDE_NETWORK, scan.address()));
        }
        return found;
    }

    /**
     * The address to compare with other listeners' marks, or null when it is not compared: inside
     * the room's networks everyone shares the campus address, and the setting may turn it off.
     */
    public String comparedAddress(Scan scan, ClassSession session) {
        if (settings.sameAddress().isZero() || scan.address() == null) {
            return null;
        }
        boolean campus = room(session).filter(r -> !r.networks().isEmpty() && inside(r, scan.address())).isPresent();
        return campus ? null : scan.address();
    }

    public java.time.Duration sameAddressWindow() {
        return settings.sameAddress();
    }

    /** A phone position farther from the room than the radius (when the room's position is known). */
    public Optional<Found> position(ClassSession session, double latitude, double longitude) {
        return room(session).filter(r -> r.latitude() != null && r.longitude() != null)
                .map(r -> Math.round(distanceMeters(r.latitude(), r.longitude(), latitude, longitude)))
                .filter(meters -> meters > settings.radiusMeters())
                .map(meters -> new Found(Signal.OUTSIDE_RADIUS, String.valueOf(meters)));
    }

    private Optional<Room> room(ClassSession session) {
        return session.roomId() == null ? Optional.empty() : timetable.room(session.roomId());
    }

    private static boolean inside(Room room, String address) {
        Optional<InetAddress> client = Network.address(address);
        return client.isPresent() && room.networks().stream()
                .map(Network::parse).flatMap(Optional::stream)
                .anyMatch(n -> n.contains(client.get()));
    }

    /** Great-circle distance (haversine). */
    static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
