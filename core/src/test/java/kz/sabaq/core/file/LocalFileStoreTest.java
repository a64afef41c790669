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
import java.util.ArrayList;
import java.util.List;
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
    void theFormatsAnswersComeInAreToldFromTheirFirstBytesWhateverTheirSize() throws IOException {
        LocalFileStore store = new LocalFileStore(root);
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                store.store(new ByteArrayInputStream(docx), "Жауап.docx", 1 << 20).contentType());
        assertEquals("application/x-tika-ooxml", store.store(new ByteArrayInputStream(docx), "answer.txt", 1 << 20)
                .contentType(), "an office document's zip is told as one, whatever it is called");
        byte[] bigPdf = java.util.Arrays.copyOf(PDF, 3 << 20);
        assertEquals("application/pdf", store.store(new ByteArrayInputStream(bigPdf), "a.txt", 4 << 20).contentType());
        byte[] png = java.util.Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 64);
        assertEquals("image/png", store.store(new ByteArrayInputStream(png), "photo.jpg", 1024).contentType());
        byte[] text = "Жауап: ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain", store.store(new ByteArrayInputStream(text), "answer.bin", 4 << 20).contentType());
    }

    private static byte[] zip(String... entries) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
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
    void theBytesReachTheDiskBeforeTheirNameAndTheNameBeforeTheStoreReturns() {
        List<String> flushes = new ArrayList<>();
        LocalFileStore store = new LocalFileStore(root, path -> flushes.add(seen(path)));

        StoredFile file = store.store(new ByteArrayInputStream(PDF), "answer.pdf", 1024);

        String shard = file.key().substring(0, 2);
        assertEquals(List.of(
                "directory . holding [" + shard + "]",
                "file " + shard + "/" + file.key() + ".part of " + PDF.length + " bytes",
                "directory " + shard + " holding [" + file.key() + "]"), flushes,
                "the new shard's entry, then the complete bytes under their temporary name, then the name");
    }

    /** What a flush of this path makes durable, as the store sees it at that moment. */
    private String seen(Path path) throws IOException {
        String relative = root.relativize(path).toString();
        if (Files.isDirectory(path)) {
            try (Stream<Path> entries = Files.list(path)) {
                return "directory " + (relative.isEmpty() ? "." : relative) + " holding "
                        + entries.map(p -> p.getFileName().toString()).sorted().toList();
            }
        }
        return "file " + relative + " of " + Files.size(path) + " bytes";
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
