package kz.sabaq.attendance.journal;

import java.util.Optional;

/**
 * A permit's document. Its type is read from its first bytes, never from the name or the type the
 * browser claims: PDF, JPEG or PNG only.
 */
public record PermitDocument(String contentType, byte[] content) {
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The document when its content is a PDF, JPEG or PNG; empty otherwise. */
    public static Optional<PermitDocument> of(byte[] content) {
        return typeOf(content).map(type -> new PermitDocument(type, content));
    }

    private static Optional<String> typeOf(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** The file extension a download is named with. */
    public String extension() {
        return switch (contentType) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            default -> "png";
        };
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
