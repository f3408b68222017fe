package app.baton.ticket;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.baton.department.Department;
import app.baton.report.Reports;
import app.baton.user.AccessScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.hibernate.grammars.hql.HqlLexer;
import org.hibernate.grammars.hql.HqlParser;
import org.hibernate.query.hql.internal.HqlParseTreeBuilder;
import org.junit.jupiter.api.Test;

/**
 * What Hibernate's HQL parser costs for request-list texts, in the order given, in one fresh JVM
 * (docs/performance.md, "The first parse of a query"). The texts come from the code requests use
 * (TicketSearch, TicketPermissions, Reports, ListQueryWarmup) with a recording EntityManager, and
 * are parsed as StandardHqlTranslator parses them: SLL first, LL when that fails. A JUnit class only
 * so that Maven runs it with the test classpath; without -Dfirst-parse it is skipped.
 * <pre>
 * ./mvnw -B test -Dtest=FirstParseCommand -Dfirst-parse="queue:overdue:outsider queue:open:outsider search:"
 * </pre>
 * Names: {@code queue:VIEW:PERSON} and {@code count:VIEW:PERSON} (VIEW open, overdue, at_risk,
 * unacknowledged; PERSON member, outsider, admin), {@code search:FILTERS} (as in /api/tickets,
 * e.g. {@code search:status=NEW&overdue=false}; {@code search:} is the default search of an
 * outsider), {@code report:N} (0-3: sla, workload, clients, promises of an outsider),
 * {@code warmup} (every text ListQueryWarmup creates, one line in all), {@code tiny}.
 */
class FirstParseCommand {

    private final List<String> recorded = new ArrayList<>();
    private final Department department = new Department();
    private final Map<String, AccessScope> people = Map.of(
            "member", new AccessScope(0L, false, Set.of(0L), Set.of()),
            "outsider", new AccessScope(0L, false, Set.of(), Set.of()),
            "admin", new AccessScope(0L, true, Set.of(), Set.of()));

    @Test
    void parse() throws Exception {
        String names = System.getProperty("first-parse");
        assumeTrue(names != null && !names.isBlank(), "runs only when -Dfirst-parse is given");
        department.id = 0L;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (String name : names.trim().split("\\s+")) {
            List<String> texts = texts(name);
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            texts.forEach(FirstParseCommand::parse);
            System.out.printf("%-40s %6d ms %6d ms CPU %5d MB allocated (%d text(s), %d chars)%n", name,
                    (System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    (threads.getCurrentThreadAllocatedBytes() - allocated) / 1_000_000, texts.size(),
                    texts.stream().mapToInt(String::length).sum());
        }
    }

    private List<String> texts(String name) throws Exception {
        recorded.clear();
        String[] part = name.split(":", -1);
        switch (part[0]) {
            case "tiny" -> recorded.add("select t from Ticket t where t.id = :id");
            case "queue", "count" -> {
                search().createListQueries(people.get(part[2]), department, List.of());
                int view = TicketSearch.QueueView.valueOf(part[1].toUpperCase()).ordinal();
                return List.of(recorded.get(2 * view + (part[0].equals("queue") ? 0 : 1)));
            }
            case "search" -> {
                search().createListQueries(people.get("outsider"), department, List.of(filter(part[1])));
                return List.of(recorded.get(recorded.size() - 2));
            }
            case "report" -> {
                reports().createQueries(people.get("outsider"));
                return List.of(recorded.get(Integer.parseInt(part[1])));
            }
            case "warmup" -> {
                ListQueryWarmup warmup = new ListQueryWarmup();
                warmup.search = search();
                warmup.reports = reports();
                warmup.createQueries();
            }
            default -> throw new IllegalArgumentException("unknown text " + name);
        }
        return List.copyOf(recorded);
    }

    private static TicketSearch.Filter filter(String query) {
        Map<String, String> f = Arrays.stream(query.split("&")).filter(s -> !s.isBlank())
                .map(s -> s.split("=", 2)).collect(Collectors.toMap(s -> s[0], s -> s[1]));
        return new TicketSearch.Filter(f.get("department"), f.get("requestingDepartment"),
                f.containsKey("status") ? List.of(f.get("status")) : null, f.get("assignee"), f.get("requester"),
                f.get("client"), f.get("overdue"), f.get("atRisk"), f.get("q"), null, null);
    }

    private TicketSearch search() {
        TicketSearch search = new TicketSearch();
        search.em = recorder();
        search.clock = Clock.systemUTC();
        return search;
    }

    private Reports reports() throws Exception {
        Reports reports = new Reports();
        java.lang.reflect.Field em = Reports.class.getDeclaredField("em");
        em.setAccessible(true);
        em.set(reports, recorder());
        return reports;
    }

    /** An EntityManager that only notes the texts of the queries it is asked to create. */
    private EntityManager recorder() {
        Object query = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> proxy);
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("createQuery")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    recorded.add((String) args[0]);
                    return query;
                });
    }

    private static void parse(String hql) {
        HqlLexer lexer = HqlParseTreeBuilder.INSTANCE.buildHqlLexer(hql);
        HqlParser parser = HqlParseTreeBuilder.INSTANCE.buildHqlParser(hql, lexer);
        ((ParserATNSimulator) parser.getInterpreter()).setPredictionMode(PredictionMode.SLL);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.statement();
        } catch (ParseCancellationException e) {
            lexer.reset();
            parser.reset();
            ((ParserATNSimulator) parser.getInterpreter()).setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.statement();
        }
    }
}
