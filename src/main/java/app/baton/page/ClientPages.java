package app.baton.page;

import app.baton.client.AliasKind;
import app.baton.client.ChangedEntity;
import app.baton.client.Client;
import app.baton.client.ClientAccess;
import app.baton.client.ClientAlias;
import app.baton.client.ClientChange;
import app.baton.client.ClientHistory;
import app.baton.client.ClientHistory.ChangeView;
import app.baton.client.ClientSearch;
import app.baton.client.ClientService;
import app.baton.client.ClientTimeline;
import app.baton.client.Contact;
import app.baton.client.InteractionKind;
import app.baton.promise.PromiseStatus;
import app.baton.ticket.TicketStatus;
import app.baton.user.User;
import app.baton.web.PageResult;
import app.baton.web.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The client list and the client card: every name, the people, the group, the whole story and
 * the change history with revert. Reads and writes go through ClientSearch, ClientService,
 * ClientTimeline and ClientHistory, so the card shows exactly what the API would show this person.
 */
@Path("/clients")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClientPages {

    static final int PAGE_SIZE = 25;
    static final int TIMELINE_SIZE = 50;
    static final int HISTORY_SIZE = 20;

    @Inject
    ClientSearch search;

    @Inject
    ClientService clients;

    @Inject
    ClientAccess access;

    @Inject
    ClientTimeline timeline;

    @Inject
    ClientHistory history;

    @Inject
    ObjectMapper json;

    @Inject
    PageContext page;

    public record ListModel(String query, List<Client> rows, long total, int pageNo, String prevUrl, String nextUrl,
            String error) {
    }

    /** One line of the client's story, with names and labels already looked up. */
    public record TimelineRow(ClientTimeline.Kind kind, Instant at, String ticket, String text,
            TicketStatus ticketStatus, PromiseStatus promiseStatus, InteractionKind interaction, String change,
            String who, String contact, Instant dueAt) {
    }

    /** One audited change: which field, from what, to what, and whether it undid another. */
    public record ChangeRow(Long id, Instant at, String who, String field, String oldValue, String newValue,
            boolean revert) {
    }

    public record CardModel(Client client, List<ClientAlias> formerNames, List<ClientAlias> otherNames,
            Client parent, List<Client> subsidiaries, List<Contact> activeContacts, List<Contact> leftContacts,
            List<TimelineRow> timeline, PageResult<ClientTimeline.Item> timelinePage, String olderTimeline,
            String newerTimeline, List<ChangeRow> changes, PageResult<ChangeView> historyPage, String olderHistory,
            String newerHistory, List<InteractionKind> kinds, Form form, String notice, String conflict) {

        /** A call is what people log most: it is ticked until they pick something else. */
        public String kindChosen() {
            String kind = form.value("kind");
            return kind.isBlank() ? InteractionKind.CALL.name() : kind;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListModel model);

        static native TemplateInstance card(CardModel model);
    }

    // --- the list -----------------------------------------------------------------------------

    @GET
    @Transactional
    @Operation(hidden = true)
    public String list(@QueryParam("q") String q, @QueryParam("page") String pageText) {
        String query = q == null ? "" : q.trim();
        String error = null;
        if (query.length() > ClientSearch.MAX_QUERY) {
            query = query.substring(0, ClientSearch.MAX_QUERY);
            error = page.texts(ClientMsg.class).list_query_long(ClientSearch.MAX_QUERY);
        }
        Long asked = TicketPages.parseId(pageText);
        int pageNo = asked == null || asked < 0 || asked > 10_000 ? 0 : asked.intValue();
        ClientSearch.Hits hits = search.find(query.isEmpty() ? null : query, pageNo, PAGE_SIZE);
        String base = "/clients?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        String prev = pageNo > 0 ? base + "&page=" + (pageNo - 1) : null;
        String next = (long) (pageNo + 1) * PAGE_SIZE < hits.total() ? base + "&page=" + (pageNo + 1) : null;
        return page.render(Templates.list(new ListModel(query, Client.inOrder(hits.ids()), hits.total(), pageNo, prev, next,
                error)));
    }

    // --- the card -----------------------------------------------------------------------------

    @GET
    @Path("{id}")
    @Transactional
    @Operation(hidden = true)
    public String card(@PathParam("id") long id, @QueryParam("timeline") String timelinePage,
            @QueryParam("history") String historyPage, @QueryParam("logged") String logged,
            @QueryParam("reverted") String reverted) {
        ClientMsg texts = page.texts(ClientMsg.class);
        String notice = logged != null ? texts.logged() : reverted != null ? texts.reverted() : null;
        return page.render(Templates.card(cardModel(id, pageNo(timelinePage), pageNo(historyPage), Form.empty(),
                notice, null)));
    }

    /** Logs a call, email, meeting, note or complaint from the card, then shows it on the timeline. */
    @POST
    @Path("{id}/interactions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response logInteraction(@PathParam("id") long id, @FormParam("kind") String kind,
            @FormParam("summary") String summary, @FormParam("contact") String contact) {
        Form form = new Form("interaction").with("kind", kind).with("summary", summary).with("contact", contact);
        Msg msg = page.msg();
        InteractionKind chosen = null;
        try {
            chosen = TicketPages.blank(kind) ? null : InteractionKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            form.error("kind", msg.error_invalid());
        }
        if (chosen == null) {
            form.error("kind", msg.error_required());
        }
        if (TicketPages.blank(summary)) {
            form.error("summary", msg.error_required());
        } else if (summary.length() > 4000) {
            form.error("summary", msg.error_too_long(4000));
        }
        Long contactId = TicketPages.parseId(contact);
        if (!TicketPages.blank(contact) && contactId == null) {
            form.error("contact", msg.error_invalid());
        }
        if (!form.hasErrors()) {
            ClientService.NewInteraction body = new ClientService.NewInteraction(contactId, chosen, null, summary);
            try {
                QuarkusTransaction.requiringNew().run(() -> clients.addInteraction(id, body));
                return Response.seeOther(URI.create("/clients/" + id + "?logged=1#timeline")).build();
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                form.errors(e);
            }
        }
        String html = QuarkusTransaction.requiringNew()
                .call(() -> page.render(Templates.card(cardModel(id, 0, 0, form, null, null))));
        return Response.status(400).type(MediaType.TEXT_HTML).entity(html).build();
    }

    /**
     * Puts a change's old value back. When the field was changed again since, nothing is
     * reverted and the card comes back (409) saying so, with the history as it is now.
     */
    @POST
    @Path("{id}/history/{changeId}/revert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revert(@PathParam("id") long id, @PathParam("changeId") long changeId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> clients.revert(id, changeId));
            return Response.seeOther(URI.create("/clients/" + id + "?reverted=1#history")).build();
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            String html = QuarkusTransaction.requiringNew().call(() -> page.render(Templates.card(
                    cardModel(id, 0, 0, Form.empty(), null, page.texts(ClientMsg.class).revert_conflict()))));
            return Response.status(409).type(MediaType.TEXT_HTML).entity(html).build();
        }
    }

    private CardModel cardModel(long id, int timelineNo, int historyNo, Form form, String notice, String conflict) {
        Client c = clients.find(id);
        Client parent = c.parentId == null ? null : Client.findById(c.parentId);
        if (parent != null && !access.canSee(parent)) {
            parent = null;
        }
        List<Client> subsidiaries = Client.<Client>list("parentId", Sort.by("name"), c.id).stream()
                .filter(access::canSee).toList();
        List<ClientAlias> former = c.aliases.stream().filter(a -> a.kind == AliasKind.FORMER).toList();
        List<ClientAlias> other = c.aliases.stream().filter(a -> a.kind != AliasKind.FORMER).toList();
        List<Contact> active = c.contacts.stream().filter(k -> !k.leftCompany).toList();
        List<Contact> left = c.contacts.stream().filter(k -> k.leftCompany).toList();

        PageResult<ClientTimeline.Item> story = timeline.page(c.id, timelineNo, TIMELINE_SIZE);
        PageResult<ChangeView> changes = history.page(c.id, historyNo, HISTORY_SIZE);
        Map<Long, String> people = names(story, changes);
        Map<Long, String> contacts = c.contacts.stream().collect(Collectors.toMap(k -> k.id, k -> k.name));
        List<Long> changeIds = story.items().stream().filter(i -> i.kind() == ClientTimeline.Kind.CHANGE)
                .map(ClientTimeline.Item::id).toList();
        Map<Long, ChangeRow> changesOnTimeline = changeIds.isEmpty() ? Map.of()
                : ClientChange.<ClientChange>list("id in ?1", changeIds).stream().map(ChangeView::of)
                        .collect(Collectors.toMap(ChangeView::id, ch -> changeRow(ch, people, contacts)));
        List<TimelineRow> rows = story.items().stream().map(i -> row(i, people, contacts, changesOnTimeline))
                .toList();
        List<ChangeRow> changeRows = changes.items().stream().map(ch -> changeRow(ch, people, contacts)).toList();

        String base = "/clients/" + c.id + "?";
        String older = (long) (timelineNo + 1) * TIMELINE_SIZE < story.total()
                ? base + "timeline=" + (timelineNo + 1) + "#timeline" : null;
        String newer = timelineNo > 0 ? base + "timeline=" + (timelineNo - 1) + "#timeline" : null;
        String olderChanges = (long) (historyNo + 1) * HISTORY_SIZE < changes.total()
                ? base + "history=" + (historyNo + 1) + "#history" : null;
        String newerChanges = historyNo > 0 ? base + "history=" + (historyNo - 1) + "#history" : null;
        return new CardModel(c, former, other, parent, subsidiaries, active, left, rows, story, older, newer,
                changeRows, changes, olderChanges, newerChanges, List.of(InteractionKind.values()), form, notice,
                conflict);
    }

    /** Everyone named on this page of the timeline and history, loaded at once. */
    private static Map<Long, String> names(PageResult<ClientTimeline.Item> story, PageResult<ChangeView> changes) {
        Set<Long> ids = new HashSet<>();
        story.items().stream().map(ClientTimeline.Item::actor).filter(a -> a != null).forEach(ids::add);
        changes.items().stream().map(ChangeView::actor).filter(a -> a != null).forEach(ids::add);
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            User.<User>list("id in ?1", ids).forEach(u -> names.put(u.id, u.name));
        }
        return names;
    }

    private static TimelineRow row(ClientTimeline.Item i, Map<Long, String> people, Map<Long, String> contacts,
            Map<Long, ChangeRow> changes) {
        String who = i.actor() == null ? null : people.get(i.actor());
        String contact = i.contact() == null ? null : contacts.get(i.contact());
        return switch (i.kind()) {
            case TICKET -> new TimelineRow(i.kind(), i.at(), i.ticket(), i.summary(), enumOf(TicketStatus.class,
                    i.status()), null, null, null, who, contact, i.dueAt());
            case PROMISE -> new TimelineRow(i.kind(), i.at(), i.ticket(), i.summary(), null,
                    enumOf(PromiseStatus.class, i.status()), null, null, who, contact, i.dueAt());
            case INTERACTION -> new TimelineRow(i.kind(), i.at(), null, i.summary(), null, null,
                    enumOf(InteractionKind.class, i.detail()), null, who, contact, null);
            case CHANGE -> {
                ChangeRow described = changes.get(i.id());
                yield described == null ? new TimelineRow(i.kind(), i.at(), null, i.summary(), null, null, null,
                        i.detail(), who, contact, null)
                        : new TimelineRow(i.kind(), i.at(), null, described.oldValue() + " → " + described.newValue(),
                                null, null, null, described.field(), who, contact, null);
            }
        };
    }

    private ChangeRow changeRow(ChangeView ch, Map<Long, String> people, Map<Long, String> contacts) {
        String field = fieldLabel(ch.field());
        if (ch.entity() == ChangedEntity.CONTACT) {
            String name = contacts.get(ch.entityId());
            field = page.texts(ClientMsg.class).contact_field(name == null ? "" : name, field);
        }
        return new ChangeRow(ch.id(), ch.at(), ch.actor() == null ? null : people.get(ch.actor()), field,
                shown(ch.field(), ch.oldValue()), shown(ch.field(), ch.newValue()), ch.revertOf() != null);
    }

    /** A stored value as a person reads it: names instead of ids, an alias by its name. */
    private String shown(String field, String value) {
        Msg msg = page.msg();
        if (value == null || value.isBlank()) {
            return page.texts(ClientMsg.class).none();
        }
        try {
            return switch (field) {
                case "alias" -> {
                    JsonNode alias = json.readTree(value);
                    yield alias.path("name").asText(value);
                }
                case "parent" -> {
                    Client parent = Client.findById(Long.valueOf(value));
                    yield parent == null || !access.canSee(parent) ? value : parent.name;
                }
                case "owner" -> {
                    User owner = User.findById(Long.valueOf(value));
                    yield owner == null ? value : owner.name;
                }
                case "restricted", "leftCompany" -> Boolean.parseBoolean(value) ? msg.yes() : msg.no();
                default -> value;
            };
        } catch (Exception e) {
            return value;
        }
    }

    private String fieldLabel(String field) {
        ClientMsg msg = page.texts(ClientMsg.class);
        return switch (field) {
            case "name" -> page.msg().field_name();
            case "registrationCode" -> msg.code();
            case "vatCode" -> msg.vat();
            case "region" -> msg.region();
            case "segment" -> msg.segment();
            case "industry" -> msg.industry();
            case "parent" -> msg.parent();
            case "owner" -> msg.owner();
            case "restricted" -> msg.restricted();
            case "allowedUsers", "allowedDepartments" -> msg.allowed();
            case "role" -> msg.role();
            case "phone" -> msg.phone();
            case "email" -> msg.email();
            case "leftCompany" -> msg.left();
            case "alias" -> msg.other_names();
            default -> field;
        };
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int pageNo(String text) {
        Long n = TicketPages.parseId(text);
        return n == null || n < 0 || n > 1000 ? 0 : n.intValue();
    }
}
