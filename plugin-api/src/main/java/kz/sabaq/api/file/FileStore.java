package kz.sabaq.api.file;

import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * Uploaded files of one module, kept outside the web root under generated names. Obtained with
 * {@code ModuleWiring.files()}.
 *
 * <pre>{@code
 * StoredFile file = files.store(part.getEntityAs(InputStream.class), part.getContentDisposition().getFileName(),
 *         settings.fileMaxBytes());
 * ...
 * return files.download(file);   // Content-Disposition: attachment
 * }</pre>
 */
public interface FileStore {

    /**
     * Stores a file, detecting its type from the content.
     *
     * @throws kz.sabaq.api.web.UserError 413 when the file exceeds {@code maxBytes} (nothing is
     *                                    kept), 400 when it is empty
     */
    StoredFile store(InputStream content, String name, long maxBytes);

    InputStream open(String key);

    /** Removes a stored file; no error when it is already gone. */
    void delete(String key);

    /** A download response: the detected type, {@code attachment}, and no sniffing by the browser. */
    Response download(StoredFile file);
}
