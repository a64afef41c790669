package kz.sabaq.core.academic;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 network in CIDR notation, e.g. {@code 10.12.0.0/16} or {@code 2001:db8::/32}. */
public final class Cidr {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");
    private static final Pattern IPV6 = Pattern.compile("([0-9a-fA-F:]+)/(\\d{1,3})");

    /** The network in its written form when it is a valid CIDR, else empty. */
    public static Optional<String> parse(String text) {
        String value = text.trim();
        Matcher v4 = IPV4.matcher(value);
        if (v4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(v4.group(i)) > 255) {
                    return Optional.empty();
                }
            }
            return Integer.parseInt(v4.group(5)) <= 32 ? Optional.of(value) : Optional.empty();
        }
        Matcher v6 = IPV6.matcher(value);
        if (v6.matches() && value.contains(":") && Integer.parseInt(v6.group(2)) <= 128 && validIpv6(v6.group(1))) {
            return Optional.of(value.toLowerCase());
        }
        return Optional.empty();
    }

    private static boolean validIpv6(String address) {
        int compressions = address.split("::", -1).length - 1;
        if (compressions > 1) {
            return false;
        }
        String[] groups = address.replace("::", ":x:").split(":");
        int count = 0;
        for (String g : groups) {
            if (g.isEmpty() || g.equals("x")) {
                continue;
            }
            if (g.length() > 4) {
                return false;
            }
            count++;
        }
        return compressions == 1 ? count < 8 : count == 8;
    }

    private Cidr() {
    }
}
