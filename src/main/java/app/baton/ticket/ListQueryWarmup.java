package app.baton.ticket;

import app.baton.department.Department;
import app.baton.escalation.EscalationPass;
import app.baton.report.Reports;
import app.baton.user.AccessScope;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Right after a start, creates (parses, without running) the request-list queries that carry the
 * visibility rule, on one background thread, so that the first person to open a queue does not
 * wait seconds for Hibernate's HQL parser. The parser's first pass through the rule's nested
 * conditions costs seconds and hundreds of megabytes; after it, other list texts cost
 * milliseconds (docs/performance.md, "The first parse of a query"). The texts are built by the
 * same code requests use, for made-up people: a member of the department, someone of another
 * department and an administrator; the search also with every filter set, which takes the parser
 * through the shapes of the other filter combinations. Through HqlQueries, so a request that
 * arrives meanwhile waits for the text being parsed instead of parsing beside it. Last the
 * escalation pass's few texts, so that the first pass after a start does not parse either.
 * {@code baton.hql-warmup.enabled=false} turns it off (the test profile does).
 */
@ApplicationScoped
public class ListQueryWarmup {

    private static final Logger LOG = Logger.getLogger(ListQueryWarmup.class);

    @ConfigProperty(name = "baton.hql-warmup.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    TicketSearch search;

    @Inject
    Reports reports;

    @Inject
    EscalationPass escalationPass;

    private final CompletableFuture<Integer> finished = new CompletableFuture<>();

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            finished.complete(0);
            return;
        }
        Thread thread = new Thread(this::createInBackground, "hql-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private void createInBackground() {
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        try {
            int texts = createQueries();
            LOG.infof("Created %d request-list queries in %d ms, %d ms of CPU (first parse of the visibility rule)",
                    texts, (System.nanoTime() - start) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
            finished.complete(texts);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Creating the request-list queries after the start failed after %d ms; requests parse them",
                    (System.nanoTime() - start) / 1_000_000);
            finished.completeExceptionally(e);
        }
    }

    /** Creates the queries and answers how many texts it asked for (the same text may come twice). */
    @ActivateRequestContext
    int createQueries() {
        Department department = new Department();
        department.id = 0L;
        AccessScope member = new AccessScope(0L, false, Set.of(department.id), Set.of());
        AccessScope outsider = new AccessScope(0L, false, Set.of(), Set.of());
        AccessScope admin = new AccessScope(0L, true, Set.of(), Set.of());
        TicketSearch.Filter everything = new TicketSearch.Filter("X", "X", List.of("NEW"), "1", "1", "1", "false",
                "false", "x", null, null);
        TicketSearch.Filter plain = new TicketSearch.Filter(null, null, null, null, null, null, null, null, null, null,
                null);
        // the outsider first: the whole rule, the longest first parse
        int texts = search.createListQueries(outsider, department, List.of(plain, everything));
        texts += search.createListQueries(member, department, List.of());
        texts += search.createListQueries(admin, department, List.of(plain));
        texts += reports.createQueries(outsider) + reports.createQueries(admin);
        texts += escalationPass.createQueries();
        return texts;
    }

    /** Completes with the number of texts when the warm-up is over (at once when it is off). */
    public CompletableFuture<Integer> finished() {
        return finished;
    }
}
