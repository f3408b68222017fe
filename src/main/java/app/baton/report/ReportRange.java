package app.baton.report;

import static app.baton.web.QueryParams.blankToNull;

import app.baton.web.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The dates a report covers, [from, to) in the viewer's time zone: requests received from the
 * start of {@code from} until the start of {@code to}. Without dates, the current month and the
 * two before it. At most {@value #MAX_YEARS} years, so that a report reads a bounded slice of the
 * tickets index.
 */
public record ReportRange(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int MAX_YEARS = 2;

    public static ReportRange parse(String fromText, String toText, ZoneId zone, LocalDate today) {
        LocalDate to = date("to", toText);
        LocalDate from = date("from", fromText);
        if (to == null) {
            to = from == null ? today.withDayOfMonth(1).plusMonths(1) : from.plusMonths(3);
        }
        if (from == null) {
            from = to.minusMonths(3);
        }
        if (!from.isBefore(to)) {
            throw ProblemException.badField("to", "must be after from (" + from + ")");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw ProblemException.badField("to", "a report covers at most " + MAX_YEARS + " years; choose a shorter range");
        }
        return new ReportRange(from, to, zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String name, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(name, "must be a date like 2026-01-31");
        }
    }
}
