package kz.sabaq.attestation.tickets;

import java.time.Instant;
import kz.sabaq.api.file.StoredFile;

/**
 * One ticket of a stream (table {@code oa_ticket}): its questions as sanitised HTML and/or one file.
 *
 * @param body sanitised HTML; null when the ticket has no text
 */
public record Ticket(long streamId, int number, String body, String fileName, String fileKey, String fileType,
                     Long fileSize, Instant savedAt) {

    public boolean hasFile() {
        return fileKey != null;
    }

    public boolean entered() {
        return hasFile() || (body != null && !body.isBlank());
    }

    /** The ticket's file for the file store, or null. */
    public StoredFile file() {
        return hasFile() ? new StoredFile(fileKey, fileName, fileType, fileSize == null ? 0 : fileSize) : null;
    }

    /**
     * Where the ticket's file is downloaded: staff who see the stream, and the student holding this
     * ticket once the questions were sent to them.
     */
    public String fileHref() {
        return hasFile() ? TicketBank.fileHref(streamId, number) : null;
    }
}
