package kz.sabaq.examtest.bank;

import java.math.BigDecimal;

/**
 * One answer option of an item.
 *
 * @param fraction the share of the item's marks choosing it earns, in percent (−100…100): a correct
 *                 option of a single-answer item 100, each correct option of a multiple-answer item
 *                 a part of 100, a wrong one zero or a penalty (Moodle's fraction × 100)
 */
public record Option(long id, int position, String text, BigDecimal fraction) {

    public boolean correct() {
        return fraction.signum() > 0;
    }
}
