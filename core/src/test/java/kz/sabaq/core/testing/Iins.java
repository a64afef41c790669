package kz.sabaq.core.testing;

import java.util.concurrent.atomic.AtomicLong;
import kz.sabaq.core.auth.Iin;

/** Valid, distinct IINs for test users. */
public final class Iins {
    private static final AtomicLong NEXT = new AtomicLong(3_00000_10000L);

    /** The next valid IIN: born 2003-…, serial counting up, check digit computed. */
    public static String next() {
        while (true) {
            String first11 = String.format("%011d", NEXT.getAndIncrement());
            var iin = Iin.complete("0" + first11.substring(1));
            if (iin.isPresent()) {
                return iin.get();
            }
        }
    }

    private Iins() {
    }
}
