package kz.sabaq.core.testing;

import java.util.ArrayList;
import java.util.List;

/** A room: the networks (CIDR) scans from it come from, and where it is; neither unless told. */
public final class RoomBuilder {
    private final Generator gen;
    private String code = "ROOM-" + Generator.unique();
    private final List<String> networks = new ArrayList<>();
    private Double latitude;
    private Double longitude;

    RoomBuilder(Generator gen) {
        this.gen = gen;
    }

    public RoomBuilder code(String value) {
        code = value;
        return this;
    }

    public RoomBuilder networks(List<String> cidrs) {
        networks.addAll(cidrs);
        return this;
    }

    public RoomBuilder networks(String... cidrs) {
        return networks(List.of(cidrs));
    }

    /** Where the room is; null for a room without a position. */
    public RoomBuilder at(Double latitudeValue, Double longitudeValue) {
        latitude = latitudeValue;
        longitude = longitudeValue;
        return this;
    }

    /** @return the room's id */
    public long create() {
        long room = gen.sql("INSERT INTO room (code, latitude, longitude) VALUES (?, ?, ?)", code, latitude, longitude);
        for (String cidr : networks) {
            gen.sql("INSERT INTO room_network (room_id, cidr) VALUES (?, ?)", room, cidr);
        }
        return room;
    }
}
