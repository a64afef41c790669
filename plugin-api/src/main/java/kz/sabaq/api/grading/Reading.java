package kz.sabaq.api.grading;

import java.math.BigDecimal;

/**
 * What a stored cell means on a scale: its points and its grade, either of them null when the
 * value does not have it (a pass/fail cell has no points; points on a scale without grades have
 * no grade). The journal shows points, letter, GPA and traditional grade side by side from this.
 */
public record Reading(BigDecimal points, Grade grade) {
}
