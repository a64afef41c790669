package kz.sabaq.examtest.bank;

import java.math.BigDecimal;

/** An {@code et_option} row as MyBatis maps it. */
public record OptionRow(long id, long itemId, int position, String text, BigDecimal fraction) {
}
