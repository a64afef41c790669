package kz.sabaq.announcements.testing;

import java.time.Duration;
import java.time.LocalDateTime;
import kz.sabaq.core.testing.Generator;

/**
 * Announcements for tests, written into the plugin's own table on top of core's {@link Generator}
 * (which makes their authors): for a state the pages cannot reach quickly, such as an announcement
 * published long ago. What a user does goes through the pages instead.
 */
public final class AnnouncementGenerator {
    private final Generator gen;

    public AnnouncementGenerator(Generator gen) {
        this.gen = gen;
    }

    /** An announcement by the author, published now on the generator's clock, shown for 14 days unless told. */
    public Builder announcement(long authorId) {
        return new Builder(authorId);
    }

    public final class Builder {
        private final long author;
        private String title = "Хабарландыру " + Generator.unique();
        private String body = "";
        private LocalDateTime publishedAt = LocalDateTime.now(gen.clock());
        private Duration shownFor = Duration.ofDays(14);

        private Builder(long author) {
            this.author = author;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder body(String value) {
            body = value;
            return this;
        }

        public Builder publishedAt(LocalDateTime value) {
            publishedAt = value;
            return this;
        }

        public Builder shownFor(Duration value) {
            shownFor = value;
            return this;
        }

        /** @return the announcement's id */
        public long create() {
            return gen.sql("INSERT INTO ann_announcement (title, body, author_id, published_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                    title, body, author, publishedAt, publishedAt.plus(shownFor));
        }
    }
}
