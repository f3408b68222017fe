package app.baton.report;

import app.baton.report.Reports.ClientReport;
import app.baton.report.Reports.SlaReport;
import app.baton.report.Reports.Workload;
import app.baton.web.Csv;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * Reports over JSON, and the same as CSV downloads with {@code Accept: text/csv} or
 * {@code ?format=csv} (each download is written to the audit log). Who sees what: see
 * {@link Reports}.
 */
@Path("/api/reports")
@Authenticated
public class ReportResource {

    @Inject
    Reports reports;

    @Inject
    ReportCsv csv;

    @Context
    UriInfo uri;

    @GET
    @Path("/sla")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public SlaReport sla(@QueryParam("department") String department, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return reports.sla(department, from, to);
    }

    @GET
    @Path("/sla")
    @Produces(Csv.PRODUCES)
    @Transactional
    public jakarta.ws.rs.core.Response slaCsv(@QueryParam("department") String department,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return csv.sla(reports.sla(department, from, to), uri);
    }

    @GET
    @Path("/workload")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Workload workload(@QueryParam("department") String department) {
        return reports.workload(department);
    }

    @GET
    @Path("/workload")
    @Produces(Csv.PRODUCES)
    @Transactional
    public jakarta.ws.rs.core.Response workloadCsv(@QueryParam("department") String department) {
        return csv.workload(reports.workload(department), uri);
    }

    @GET
    @Path("/promises")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Reports.PromiseReport promises(@QueryParam("department") String department,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.promises(department, from, to);
    }

    @GET
    @Path("/promises")
    @Produces(Csv.PRODUCES)
    @Transactional
    public jakarta.ws.rs.core.Response promisesCsv(@QueryParam("department") String department,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return csv.promises(reports.promises(department, from, to), uri);
    }

    @GET
    @Path("/clients")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public ClientReport clients(@QueryParam("department") String department, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") String limit) {
        return reports.clients(department, from, to, limit);
    }

    @GET
    @Path("/clients")
    @Produces(Csv.PRODUCES)
    @Transactional
    public jakarta.ws.rs.core.Response clientsCsv(@QueryParam("department") String department,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit) {
        return csv.clients(reports.clients(department, from, to, limit), uri);
    }
}
