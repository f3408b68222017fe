package app.baton.report;

import app.baton.audit.AuditTrail;
import app.baton.report.Reports.ClientReport;
import app.baton.report.Reports.SlaReport;
import app.baton.report.Reports.Workload;
import app.baton.web.Csv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The reports as CSV downloads: one line per group (total, each type, each month), numbers as
 * numbers. Each download is recorded with {@link AuditTrail#export}.
 */
@ApplicationScoped
public class ReportCsv {

    @Inject
    AuditTrail audit;

    Response sla(SlaReport report, UriInfo uri) {
        Csv csv = new Csv("group", "name", "requests", "ackMet", "ackBreached", "ackPending", "ackPercent",
                "resolveMet", "resolveBreached", "resolvePending", "resolvePercent", "medianAckMinutes",
                "medianResolveMinutes");
        slaRow(csv, "total", new Csv.Literal(report.department()), report.total());
        report.byType().forEach(t -> slaRow(csv, "type", t.typeName(), t.figures()));
        report.byMonth().forEach(m -> slaRow(csv, "month", new Csv.Literal(m.month()), m.figures()));
        return download(csv, "sla-" + report.department() + "-" + report.from() + "-" + report.to() + ".csv",
                "sla report", uri);
    }

    Response workload(Workload report, UriInfo uri) {
        Csv csv = new Csv("assignee", "name", "open", "oldestOpenAt", "oldestAgeHours");
        report.people().forEach(p -> csv.row(p.user(), p.name(), p.open(), p.oldestOpenAt(), p.oldestAgeHours()));
        csv.row(null, new Csv.Literal("(unassigned)"), report.unassigned(), null, null);
        csv.row(null, new Csv.Literal("(total)"), report.open(), report.oldestOpenAt(), report.oldestAgeHours());
        return download(csv, "workload-" + report.department() + ".csv", "workload report", uri);
    }

    Response clients(ClientReport report, UriInfo uri) {
        Csv csv = new Csv("client", "name", "requests");
        report.clients().forEach(c -> csv.row(c.client(), c.name(), c.requests()));
        return download(csv, "clients-" + report.department() + "-" + report.from() + "-" + report.to() + ".csv",
                "clients report", uri);
    }

    Response promises(Reports.PromiseReport r, UriInfo uri) {
        Csv csv = new Csv("department", "kept", "broken", "renegotiated", "open", "openOverdue", "keptPercent");
        csv.row(new Csv.Literal(r.department()), r.kept(), r.broken(), r.renegotiated(), r.open(), r.openOverdue(),
                r.keptPercent());
        return download(csv, "promises-" + r.department() + "-" + r.from() + "-" + r.to() + ".csv",
                "promises report", uri);
    }

    private Response download(Csv csv, String fileName, String what, UriInfo uri) {
        audit.export(what, uri.getRequestUri().getRawQuery());
        return csv.attachment(fileName).build();
    }

    private static void slaRow(Csv csv, String group, Object name, SlaFigures f) {
        csv.row(group, name, f.requests(), f.acknowledgement().met(), f.acknowledgement().breached(),
                f.acknowledgement().pending(), f.acknowledgement().percent(), f.resolution().met(),
                f.resolution().breached(), f.resolution().pending(), f.resolution().percent(), f.medianAckMinutes(),
                f.medianResolveMinutes());
    }
}
