package app.baton.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of attachments, as files in one directory ({@code baton.attachments.dir}), named by a
 * random key so that nothing a person typed becomes part of a path. Several instances share it
 * when it is on shared storage.
 */
@ApplicationScoped
public class AttachmentStore {

    @ConfigProperty(name = "baton.attachments.dir")
    Path dir;

    /** Copies an uploaded file in and answers its key; the copy is complete before the key is known. */
    public String put(Path source) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(dir);
            Path partial = dir.resolve(key + ".part");
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, file(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an attachment in " + dir, e);
        }
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(file(key));
    }

    /** Removes a stored file whose row was not written (the transaction failed). */
    public void discard(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            // an orphan file costs only disk space
        }
    }

    private Path file(String key) {
        return dir.resolve(key);
    }
}
