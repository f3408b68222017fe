package app.baton.ticket;

import app.baton.web.Csv;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The request list as CSV rows: what {@code GET /api/tickets} finds, with names instead of ids,
 * times in the viewer's zone as {@code yyyy-MM-dd HH:mm} (which spreadsheets read as dates).
 * Cut at {@link #MAX_ROWS}; {@code truncated} says when more matched.
 */
public record TicketExport(List<Object[]> rows, boolean truncated, int limit) {

    public static final int MAX_ROWS = 10_000;

    static final String SELECT = "t.key, t.title, t.status, t.priority, ty.name, rd.code, qd.code, c.id, c.name,"
            + " rq.name, a.name, t.createdAt, t.ackDueAt, t.acknowledgedAt, t.resolveDueAt, t.resolvedAt, t.closedAt";

    static final String JOINS = "join t.type ty join t.receivingDepartment rd left join t.requestingDepartment qd"
            + " join t.client c left join t.requester rq left join t.assignee a";

    private static final int FIRST_TIME = 11;

    public Csv csv(ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        Csv csv = new Csv("key", "title", "status", "priority", "type", "receivingDepartment", "requestingDepartment",
                "clientId", "client", "requester", "assignee", "createdAt", "ackDueAt", "acknowledgedAt",
                "resolveDueAt", "resolvedAt", "closedAt");
        for (Object[] row : rows) {
            Object[] cells = row.clone();
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof Enum<?> e) {
                    cells[i] = e.name();
                } else if (i >= FIRST_TIME && cells[i] instanceof Instant at) {
                    cells[i] = new Csv.Literal(format.format(at));
                }
            }
            csv.row(cells);
        }
        return csv;
    }
}
