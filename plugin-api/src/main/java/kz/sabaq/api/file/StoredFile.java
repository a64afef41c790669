package kz.sabaq.api.file;

/**
 * A file kept by a {@link FileStore}.
 *
 * @param key          the generated name it is stored under; never the uploader's name
 * @param name         the uploader's file name, for display and downloads only
 * @param contentType  detected from the content, not from the name or the browser's claim
 * @param size         bytes
 */
public record StoredFile(String key, String name, String contentType, long size) {
}
