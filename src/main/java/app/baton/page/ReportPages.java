package app.baton.page;

import static app.baton.web.QueryParams.blankToNull;

import app.baton.department.Department;
import app.baton.report.Reports;
import app.baton.report.Reports.ClientReport;
import app.baton.report.Reports.SlaReport;
import app.baton.report.Reports.Workload;
import app.baton.report.SlaFigures;
import app.baton.user.User;
import app.baton.web.ProblemException;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reports page: pick a department and a range of months, see SLA compliance per type and
 * month, the workload and the busiest clients, with bars drawn as inline SVG (no script, which
 * the CSP forbids) and links to the same reports as CSV (the API's addresses, which the browser's
 * session may call). Figures come from {@link Reports}, so they obey the visibility rule.
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReportPages {

    @Inject
    Reports reports;

    @Inject
    PageContext page;

    @Inject
    Clock clock;

    /** A labelled bar: {@code width} is its length out of 100. */
    public record Bar(String label, String value, long width) {
    }

    public record ReportModel(List<Department> departments, String department, String from, String to, String error,
            SlaReport sla, List<Bar> ackBars, List<Bar> resolveBars, Workload workload, List<Bar> workloadBars,
            ClientReport clients, Reports.PromiseReport promises, String query) {

        public String csv(String report) {
            return "/api/reports/" + report + "?" + query + "&format=csv";
        }

        public String workloadCsv() {
            return "/api/reports/workload?department=" + department + "&format=csv";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(ReportModel model);
    }

    @GET
    @Transactional
    @Operation(hidden = true)
    public String show(@QueryParam("department") String departmentCode, @QueryParam("from") String fromText,
            @QueryParam("to") String toText) {
        User me = page.user();
        List<Department> departments = Department.list("active", Sort.by("code"), true);
        String department = blankToNull(departmentCode) != null ? departmentCode.trim().toUpperCase()
                : me.departments.stream().filter(d -> d.active).map(d -> d.code).sorted().findFirst()
                        .orElse(departments.isEmpty() ? null : departments.get(0).code);
        YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(page.zone())));
        String from = blankToNull(fromText) == null ? now.minusMonths(2).toString() : fromText.trim();
        String to = blankToNull(toText) == null ? now.toString() : toText.trim();
        if (department == null) {
            return page.render(Templates.reports(new ReportModel(departments, null, from, to, null, null, List.of(),
                    List.of(), null, List.of(), null, null, "")));
        }
        String query = "department=" + enc(department) + "&from=" + enc(from) + "&to=" + enc(to);
        try {
            String fromDate = month(from).atDay(1).toString();
            String toDate = month(to).plusMonths(1).atDay(1).toString();
            query = "department=" + enc(department) + "&from=" + fromDate + "&to=" + toDate;
            SlaReport sla = reports.sla(department, fromDate, toDate);
            Workload workload = reports.workload(department);
            ClientReport clients = reports.clients(department, fromDate, toDate, null);
            Reports.PromiseReport promises = reports.promises(department, fromDate, toDate);
            return page.render(Templates.reports(new ReportModel(departments, department, from, to, null, sla,
                    percentBars(sla, true, page), percentBars(sla, false, page), workload,
                    workloadBars(workload, page.texts(ReportMsg.class)), clients, promises, query)));
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            return page.render(Templates.reports(new ReportModel(departments, department, from, to,
                    page.texts(ReportMsg.class).bad_range(), null, List.of(), List.of(), null, List.of(), null, null, query)));
        }
    }

    private static List<Bar> percentBars(SlaReport sla, boolean ack, PageContext page) {
        return sla.byMonth().stream().map(m -> {
            SlaFigures.Compliance c = ack ? m.figures().acknowledgement() : m.figures().resolution();
            return new Bar(m.month(), page.percent(c.percent()),
                    c.percent() == null ? 0 : Math.round(c.percent()));
        }).toList();
    }

    /** One bar per person with open requests, and one for the unassigned ones; the longest is 100. */
    private static List<Bar> workloadBars(Workload workload, ReportMsg msg) {
        long top = Math.max(workload.unassigned(),
                workload.people().stream().mapToLong(Reports.PersonLoad::open).max().orElse(0));
        List<Bar> bars = new java.util.ArrayList<>(workload.people().stream()
                .sorted(Comparator.comparing(Reports.PersonLoad::open).reversed())
                .map(p -> new Bar(p.name(), String.valueOf(p.open()), p.open() * 100 / Math.max(1, top))).toList());
        if (workload.unassigned() > 0) {
            bars.add(new Bar(msg.unassigned(), String.valueOf(workload.unassigned()),
                    workload.unassigned() * 100 / Math.max(1, top)));
        }
        return bars;
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("from", "must be a month like 2026-01");
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
