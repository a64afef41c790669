package kz.sabaq.core.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A multipart/form-data body as a browser sends a form with a file input: text parts (UTF-8) and
 * file parts, in the order added; a field may repeat. Posted with
 * {@link WebClient#postMultipart(String, MultipartForm)}.
 *
 * <pre>{@code
 * web.postMultipart("/online-attestation/streams/7/tickets", MultipartForm.of().field("number", 1).file("file", "q.png", "image/png", png));
 * }</pre>
 */
public final class MultipartForm {
    private static final AtomicLong NEXT = new AtomicLong();

    private final String boundary = "----sabaq-test-" + NEXT.incrementAndGet();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private MultipartForm() {
    }

    public static MultipartForm of() {
        return new MultipartForm();
    }

    /** A text part without a content type of its own, as browsers send one (the text in UTF-8). */
    public MultipartForm field(String name, Object value) {
        return part("form-data; name=\"" + name + "\"", null, bytes(String.valueOf(value)));
    }

    /** A text part that names its charset ({@code text/plain; charset=UTF-8}), as some clients send one. */
    public MultipartForm textField(String name, String value) {
        return part("form-data; name=\"" + name + "\"", "text/plain; charset=UTF-8", bytes(value));
    }

    /**
     * A file part; a file input with no file chosen sends an empty file name and no content
     * ({@code file(name, "", "application/octet-stream", new byte[0])}).
     */
    public MultipartForm file(String name, String fileName, String contentType, byte[] content) {
        return part("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", contentType, content);
    }

    /** The request's Content-Type header, with the boundary. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body, closing boundary included. */
    public byte[] body() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(bytes("--" + boundary + "--\r\n"));
        return all.toByteArray();
    }

    private MultipartForm part(String disposition, String contentType, byte[] content) {
        body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n"));
        body.writeBytes(content);
        body.writeBytes(bytes("\r\n"));
        return this;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
