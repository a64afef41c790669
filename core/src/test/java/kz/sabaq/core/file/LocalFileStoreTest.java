package kz.sabaq.core.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.web.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTest {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    @Test
    void typeComesFromTheContentNotFromTheName() {
        StoredFile file = new LocalFileStore(root).store(new ByteArrayInputStream(PDF), "answer.txt", 1024);
        assertEquals("application/pdf", file.contentType());
        assertEquals(PDF.length, file.size());
    }

    @Test
    void storedUnderAGeneratedNameWithoutTheUploadersPath() throws IOException {
        LocalFileStore store = new LocalFileStore(root);
        StoredFile file = store.store(new ByteArrayInputStream(PDF), "../../etc/Жауап 1.pdf", 1024);
        assertEquals("Жауап 1.pdf", file.name());
        assertNotEquals(file.name(), file.key());
        try (InputStream in = store.open(file.key())) {
            assertArrayEquals(PDF, in.readAllBytes());
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingStays() throws IOException {
        LocalFileStore store = new LocalFileStore(root);
        UserError e = assertThrows(UserError.class,
                () -> store.store(new ByteArrayInputStream(new byte[2049]), "big.bin", 2048));
        assertEquals(413, e.status());
        try (Stream<Path> files = Files.walk(root)) {
            assertFalse(files.anyMatch(Files::isRegularFile));
        }
    }

    @Test
    void anEmptyFileIsRefused() {
        UserError e = assertThrows(UserError.class,
                () -> new LocalFileStore(root).store(new ByteArrayInputStream(new byte[0]), "a.txt", 10));
        assertEquals(400, e.status());
    }

    @Test
    void aKeyThatIsNotAGeneratedNameFindsNothing() {
        assertThrows(UserError.class, () -> new LocalFileStore(root).open("../secret"));
    }
}
