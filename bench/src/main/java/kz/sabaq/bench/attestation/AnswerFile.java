package kz.sabaq.bench.attestation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kz.sabaq.bench.web.Upload;

/**
 * An answer's file of {@code size} bytes of text: a first line naming its student and stream, so no
 * two answers' files are alike, then the letter {@code a}. Written in pieces of one shared buffer.
 */
public record AnswerFile(long student, long stream, int size) implements Upload {
    private static final byte[] FILLER = filler();

    private static byte[] filler() {
        byte[] a = new byte[64 * 1024];
        Arrays.fill(a, (byte) 'a');
        return a;
    }

    private byte[] head() {
        byte[] head = ("Answer of student " + student + " in stream " + stream + "\n").getBytes(StandardCharsets.US_ASCII);
        return head.length <= size ? head : Arrays.copyOf(head, size);
    }

    @Override
    public long length() {
        return size;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        byte[] head = head();
        out.write(head);
        for (long left = size - head.length; left > 0; left -= FILLER.length) {
            out.write(FILLER, 0, (int) Math.min(left, FILLER.length));
        }
    }

    /** The whole file, for a check that hashes what was sent. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
