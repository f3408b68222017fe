package app.baton.page;

import app.baton.client.ClientAccess;
import app.baton.promise.Promise;
import app.baton.promise.PromiseStatus;
import app.baton.ticket.Ticket;
import app.baton.ticket.TicketPermissions;
import app.baton.ticket.TicketSearch;
import app.baton.ticket.TicketStatus;
import app.baton.user.User;
import app.baton.web.ReadsOnly;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "My work", the page a person lands on: what waits for their acknowledgement, what is theirs
 * to do, how the requests they made are doing, and the promises they must keep today.
 * Ticket lists come from TicketSearch, so they obey the same visibility rules as the API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyWorkPage {

    static final String SIZE = "50";

    @Inject
    TicketSearch search;

    @Inject
    PageContext page;

    @Inject
    TicketPermissions permissions;

    @Inject
    ClientAccess clientAccess;

    public record WorkModel(User user, List<Ticket> toAcknowledge, List<Ticket> assigned, List<Ticket> requested,
            List<Promise> promises, long proposalsForMe) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance work(WorkModel model);
    }

    @GET
    @Transactional
    @ReadsOnly
    @Operation(hidden = true)
    public String work() {
        User me = page.user();
        List<String> departments = me.departments.stream().map(d -> d.code).sorted().toList();
        List<Ticket> toAcknowledge = new ArrayList<>();
        for (String code : departments) {
            toAcknowledge.addAll(tickets(new TicketSearch.Filter(code, null, List.of("NEW"), null, null, null, null,
                    null, null, null, SIZE)));
        }
        toAcknowledge.sort(Comparator.comparing((Ticket t) -> t.ackDueAt));
        List<Ticket> assigned = tickets(new TicketSearch.Filter(null, null, List.of("ACKNOWLEDGED,IN_PROGRESS,WAITING"),
                me.id.toString(), null, null, null, null, null, null, SIZE));
        // Requests still moving, plus the ones just finished or refused that the requester should see.
        List<Ticket> requested = tickets(new TicketSearch.Filter(null, null,
                List.of(Stream.of(TicketStatus.NEW, TicketStatus.ACKNOWLEDGED, TicketStatus.IN_PROGRESS,
                        TicketStatus.WAITING, TicketStatus.RESOLVED, TicketStatus.REJECTED)
                        .map(Enum::name).collect(Collectors.joining(","))),
                null, me.id.toString(), null, null, null, null, null, SIZE));
        // Counter-proposals waiting for my answer come first: they block the promise to the client.
        requested = requested.stream().sorted(Comparator.comparing((Ticket t) -> t.proposedDueAt == null ? 1 : 0))
                .toList();
        Instant endOfToday = LocalDate.now(page.clock().withZone(page.zone())).plusDays(1).atStartOfDay(page.zone())
                .toInstant();
        // Promises have no service of their own yet (issue 3 brings one); read them directly.
        List<Promise> promises = Promise.<Promise>list("owner = ?1 and status = ?2 and dueAt < ?3 order by dueAt", me,
                PromiseStatus.OPEN, endOfToday).stream()
                // one's own promises of the day are few; those on what one may no longer see stay hidden
                .filter(p -> p.ticket == null ? clientAccess.canSee(p.client) : permissions.canView(me, p.ticket))
                .toList();
        long proposals = requested.stream().filter(t -> t.proposedDueAt != null).count();
        return page.render(Templates.work(new WorkModel(me, toAcknowledge, assigned, requested, promises, proposals)));
    }

    private List<Ticket> tickets(TicketSearch.Filter filter) {
        return search.searchRows(filter, TicketSearch.NO_COUNT).items(); // the page shows no totals
    }
}
