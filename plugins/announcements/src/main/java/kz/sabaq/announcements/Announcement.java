package kz.sabaq.announcements;

import java.time.LocalDateTime;

public record Announcement(long id, String title, String body, long authorId, LocalDateTime publishedAt,
                           LocalDateTime expiresAt) {
}
