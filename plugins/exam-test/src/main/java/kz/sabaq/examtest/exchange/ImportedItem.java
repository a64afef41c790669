package kz.sabaq.examtest.exchange;

import kz.sabaq.examtest.bank.Draft;

/** An item read from a file, numbered by its place among the file's questions (from 1). */
public record ImportedItem(int number, Draft draft, Attachment image) {
}
