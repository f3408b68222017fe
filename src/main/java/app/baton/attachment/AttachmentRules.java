package app.baton.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files may be attached. People attach photos, documents, spreadsheets and mail: those
 * content types are allowed, everything else is refused. Programs and scripts are refused also
 * when disguised under an allowed type, by their name's extension or by their first bytes.
 */
final class AttachmentRules {

    static final Set<String> ALLOWED_TYPES = Set.of(
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/heic", "image/tiff", "image/bmp",
            "application/pdf", "text/plain", "text/csv", "message/rfc822",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/rtf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/zip");

    static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("exe", "dll", "com", "bat", "cmd", "msi", "msp", "scr",
            "pif", "cpl", "sh", "bash", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "jar", "apk",
            "app", "dmg", "deb", "rpm", "run", "bin", "elf", "so", "lnk", "reg", "html", "htm", "svg", "xhtml");

    private AttachmentRules() {
    }

    /** "image/png; charset=x" as "image/png"; null or blank as the generic binary type. */
    static String normalType(String declared) {
        if (declared == null || declared.isBlank()) {
            return "application/octet-stream";
        }
        int semicolon = declared.indexOf(';');
        return (semicolon < 0 ? declared : declared.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static boolean allowedType(String type) {
        return ALLOWED_TYPES.contains(type);
    }

    static boolean executableName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && EXECUTABLE_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Windows programs start with MZ, Linux ones with ELF, Mach-O with its magic, scripts with #!. */
    static boolean executableContent(Path file) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 4);
        }
        if (read >= 2 && ((head[0] == 'M' && head[1] == 'Z') || (head[0] == '#' && head[1] == '!'))) {
            return true;
        }
        if (read == 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            return true;
        }
        int magic = read == 4 ? ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff) : 0;
        return magic == 0xfeedface || magic == 0xfeedfacf || magic == 0xcefaedfe || magic == 0xcffaedfe
                || magic == 0xcafebabe;
    }

    /** What is kept of the name a browser sent: its last path segment, without control characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }
}
