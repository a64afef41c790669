package kz.sabaq.examtest.bank;

import java.time.LocalDateTime;
import java.util.List;

/** A bank item as stored: {@code text} is sanitized HTML, options in their written order. */
public record Item(long id, long disciplineId, ItemKind kind, Difficulty difficulty, String topic, String name,
                   String text, String imageKey, String imageName, LocalDateTime updatedAt, List<Option> options) {

    public long correctCount() {
        return options.stream().filter(Option::correct).count();
    }
}
