package app.baton.web;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma separated, CRLF line ends, a cell in double quotes when it holds
 * a comma, quote, line break or edge space, quotes doubled), for spreadsheets:
 * <ul>
 * <li>UTF-8 with a byte order mark, so that Excel shows Lithuanian, Latvian and Russian letters
 * instead of guessing a legacy code page; other tools skip the mark.</li>
 * <li>Text that starts with {@code = + - @}, a tab or a carriage return is prefixed with an
 * apostrophe, so that a request titled {@code =HYPERLINK(...)} is shown as text and never run as
 * a formula (CSV injection). Numbers and dates written by Baton itself are not text and stay as
 * they are.</li>
 * </ul>
 */
public final class Csv {

    /** A value Baton wrote itself (a date, a code): written as it is, not guarded like free text. */
    public record Literal(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public static final String MEDIA_TYPE = "text/csv";

    /**
     * For {@code @Produces} of a CSV twin of a JSON method: the server prefers JSON (qs below 1),
     * so {@code Accept: *}{@code /*} or no Accept still gets JSON and only an explicit text/csv gets CSV.
     */
    public static final String PRODUCES = "text/csv;qs=0.5";
    private static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    public Csv(String... header) {
        row((Object[]) header);
    }

    /** One line; strings are guarded against formulas, anything else (numbers, dates) written as it prints. */
    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells[i];
            if (cell != null) {
                out.append(quoted(cell instanceof CharSequence text ? guarded(text.toString()) : cell.toString()));
            }
        }
        out.append("\r\n");
        return this;
    }

    public Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A download: text/csv in UTF-8, saved by the browser under the given file name. */
    public Response.ResponseBuilder attachment(String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(out.toString().getBytes(StandardCharsets.UTF_8), MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + safe + "\"");
    }

    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static String quoted(String text) {
        boolean needs = !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
        for (int i = 0; i < text.length() && !needs; i++) {
            char c = text.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';';
        }
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
