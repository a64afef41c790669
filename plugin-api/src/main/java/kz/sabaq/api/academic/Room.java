package kz.sabaq.api.academic;

import java.util.List;

/**
 * A room of the institution.
 *
 * @param networks  networks a device in the room connects from, in CIDR notation
 *                  ({@code 10.12.0.0/16}, {@code 2001:db8::/32}); empty when none are configured
 * @param latitude  null when the room's position is not known
 * @param longitude null when the room's position is not known
 */
public record Room(long id, String code, List<String> networks, Double latitude, Double longitude) {

    public Room {
        networks = List.copyOf(networks);
    }
}
