package kz.sabaq.attendance.mark;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 network in CIDR notation, and whether an address lies in it. */
public record Network(byte[] prefix, int bits) {
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    /** The network of a CIDR text ({@code 10.12.0.0/16}); empty when it is not one. */
    public static Optional<Network> parse(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Optional<InetAddress> address = address(cidr.substring(0, slash).strip());
        try {
            int bits = Integer.parseInt(cidr.substring(slash + 1).strip());
            return address.filter(a -> bits >= 0 && bits <= a.getAddress().length * 8)
                    .map(a -> new Network(a.getAddress(), bits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An IP address literal; never a host name lookup. */
    public static Optional<InetAddress> address(String literal) {
        if (literal == null || !LITERAL.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != prefix.length) {
            return false;
        }
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (bytes[full] & mask) == (prefix[full] & mask);
    }
}
