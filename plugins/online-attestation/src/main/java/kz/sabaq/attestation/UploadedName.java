package kz.sabaq.attestation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;

/** The name of a file uploaded in a multipart form (ticket files, answer files) as the user sees it. */
public final class UploadedName {
    private UploadedName() {
    }

    /** The part's file name; null when the part carries no file. */
    public static String of(FormDataBodyPart part) {
        if (part == null || part.getContentDisposition() == null) {
            return null;
        }
        String name = part.getContentDisposition().getFileName();
        return name == null || name.isBlank() ? null : utf8(name);
    }

    /**
     * Browsers send a file's name as raw UTF-8 in the part's header, which the multipart reader takes
     * for ISO-8859-1: turned back into the name the user sees when those bytes are valid UTF-8.
     */
    public static String utf8(String headerName) {
        if (headerName.chars().anyMatch(c -> c > 0xFF)) {
            return headerName;
        }
        byte[] bytes = headerName.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return headerName;
        }
    }
}
