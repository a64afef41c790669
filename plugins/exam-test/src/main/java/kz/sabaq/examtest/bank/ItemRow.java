package kz.sabaq.examtest.bank;

import java.time.LocalDateTime;

/** An {@code et_item} row as MyBatis maps it; {@link Bank} joins its options. */
public record ItemRow(long id, long disciplineId, String kind, String difficulty, String topic, String name,
                      String text, String imageKey, String imageName, LocalDateTime updatedAt) {
}
