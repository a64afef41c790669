package kz.sabaq.bench.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/** A multipart body written as its parts: the form's head, the upload, the closing boundary. */
final class MultipartBody extends AbstractHttpEntity {
    private final byte[] head;
    private final Upload file;
    private final byte[] tail;

    MultipartBody(byte[] head, Upload file, byte[] tail, ContentType type) {
        super(type, null);
        this.head = head;
        this.file = file;
        this.tail = tail;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(head);
        file.writeTo(out);
        out.write(tail);
        out.flush();
    }

    /** Only for a client that asks for the body as a stream; the bench's writes it. */
    @Override
    public InputStream getContent() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        writeTo(whole);
        return new java.io.ByteArrayInputStream(whole.toByteArray());
    }

    @Override
    public long getContentLength() {
        return head.length + file.length() + tail.length;
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
    }
}
