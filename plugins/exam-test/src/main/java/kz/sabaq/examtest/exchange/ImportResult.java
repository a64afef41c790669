package kz.sabaq.examtest.exchange;

import java.util.List;

/** What a reader found in a file: items to import and every problem, in the file's order. */
public record ImportResult(List<ImportedItem> items, List<Problem> problems) {
}
