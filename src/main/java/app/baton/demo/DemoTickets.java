package app.baton.demo;

import app.baton.demo.DemoCompany.Client;
import app.baton.demo.DemoCompany.Contact;
import app.baton.demo.DemoCompany.Department;
import app.baton.demo.DemoCompany.RequestType;
import app.baton.demo.DemoCompany.Sla;
import app.baton.demo.DemoCompany.Staff;
import app.baton.ticket.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Three months of requests between the departments, in every status, each with an event
 * history that follows the lifecycle, some comments, watchers and promises to clients. Most are
 * on time; a few open ones are overdue or at risk so that queues and escalations have work.
 */
final class DemoTickets {

    /** How far an open request is into its deadline. */
    private enum Pace { ON_TRACK, AT_RISK, OVERDUE }

    private record Event(Instant at, Staff actor, String kind, String from, String to, String note) {
    }

    private record Comment(Instant at, Staff author, String body, boolean internal) {
    }

    private record Promise(String text, Instant dueAt, Staff madeBy, Staff owner, String status,
            Instant createdAt, Instant updatedAt) {
    }

    /** Everything about one request before it gets its id and key. */
    private static final class Plan {
        RequestType type;
        Priority priority;
        Client client;
        Contact contact;
        Staff requester;
        Department requesting;
        Department receiving;
        Staff assignee;
        String status;
        boolean english;
        String title;
        String description;
        Instant createdAt;
        Instant ackDueAt;
        Instant resolveDueAt;
        Instant ackWarnAt;
        Instant resolveWarnAt;
        Instant acknowledgedAt;
        Instant resolvedAt;
        Instant closedAt;
        Instant proposedDueAt;
        String waitingOn;
        Instant waitingSince;
        String rejectReason;
        final List<Event> events = new ArrayList<>();
        final List<Comment> comments = new ArrayList<>();
        final Set<Staff> watchers = new LinkedHashSet<>();
        final List<Promise> promises = new ArrayList<>();

        Sla sla() {
            return type.sla().get(priority);
        }

        /**
         * Appends a transition no earlier than the one before it (a minute later if the timing
         * drew it earlier) and answers when it happened.
         */
        Instant add(Instant at, Staff actor, String kind, String from, String to, String note) {
            Instant last = events.isEmpty() ? null : events.get(events.size() - 1).at();
            Instant when = last == null || at.isAfter(last) ? at : last.plusSeconds(60);
            events.add(new Event(when, actor, kind, from, to, note));
            return when;
        }

        Instant lastChange() {
            Instant last = createdAt;
            for (Event event : events) {
                last = event.at().isAfter(last) ? event.at() : last;
            }
            return last;
        }
    }

    private record StatusCount(String status, int count) {
    }

    /** Requests per status; together about 300. */
    private static final StatusCount[] STATUSES = {
        new StatusCount("NEW", 30), new StatusCount("ACKNOWLEDGED", 25), new StatusCount("IN_PROGRESS", 45),
        new StatusCount("WAITING", 25), new StatusCount("RESOLVED", 30), new StatusCount("CLOSED", 115),
        new StatusCount("REJECTED", 15), new StatusCount("CANCELLED", 15),
    };

    private static final List<String> OPEN = List.of("NEW", "ACKNOWLEDGED", "IN_PROGRESS", "WAITING");
    /** The share of the time after which a deadline is at risk: the request types' default. */
    private static final int WARN_PERCENT = 75;

    /** A request type, how often it is asked for, and who asks (department codes, the first most often). */
    private record Traffic(String type, int weight, String... senders) {
    }

    private static final Traffic[] TRAFFIC = {
        new Traffic("Repair", 22, "SAL"), new Traffic("Maintenance", 12, "SAL"),
        new Traffic("Callback", 12, "SAL"), new Traffic("Installation survey", 8, "SAL"),
        new Traffic("Invoice", 12, "SAL", "SRV", "DLV"), new Traffic("Credit note", 3, "SAL"),
        new Traffic("Payment reminder", 5, "SAL"), new Traffic("Delivery", 9, "SAL", "PRC"),
        new Traffic("Pickup", 4, "SRV", "SAL"), new Traffic("Purchase order", 6, "SRV", "SAL"),
        new Traffic("Spare part", 5, "SRV"), new Traffic("Quote", 6, "SRV", "DLV"),
    };


    private final DemoCompany company;
    private long nextTicketId;

    DemoTickets(DemoCompany company, long firstTicketId) {
        this.company = company;
        this.nextTicketId = firstTicketId;
    }

    void write() {
        List<Plan> plans = new ArrayList<>();
        for (StatusCount row : STATUSES) {
            for (int i = 0; i < row.count(); i++) {
                plans.add(plan(row.status(), pace(row.status(), i)));
            }
        }
        plans.sort(Comparator.comparing((Plan p) -> p.createdAt));

        Map<String, Integer> lastNumbers = new HashMap<>();
        for (Plan plan : plans) {
            int number = lastNumbers.merge(plan.receiving.code(), 1, Integer::sum);
            writePlan(nextTicketId++, plan.receiving.code() + "-" + number, plan);
        }
        for (Department department : company.departments.values()) {
            company.out.insert(DemoTable.TICKET_KEY_COUNTERS, department.id(),
                    (long) lastNumbers.getOrDefault(department.code(), 0));
        }
        writeStandalonePromises();
    }

    /** The first few of each open status are overdue, the next few at risk. */
    private static Pace pace(String status, int index) {
        int overdue = switch (status) {
            case "NEW" -> 3;
            case "ACKNOWLEDGED" -> 3;
            case "IN_PROGRESS" -> 4;
            case "WAITING" -> 2;
            default -> 0;
        };
        int atRisk = switch (status) {
            case "NEW" -> 4;
            case "ACKNOWLEDGED", "WAITING" -> 3;
            case "IN_PROGRESS" -> 6;
            default -> 0;
        };
        return index < overdue ? Pace.OVERDUE : index < overdue + atRisk ? Pace.AT_RISK : Pace.ON_TRACK;
    }

    // --- Deciding one request -----------------------------------------------------------------

    private Plan plan(String status, Pace pace) {
        Plan p = new Plan();
        p.status = status;
        chooseParties(p);
        p.english = p.client.country().equals("LV") ? company.chance(0.6) : company.chance(0.3);
        DemoTexts.Wording wording = DemoTexts.wording(p.type.name(), p.english, company);
        p.title = wording.title();
        p.description = wording.description(p.client, p.contact);

        if (OPEN.contains(status)) {
            planOpen(p, pace);
        } else {
            planFinished(p);
        }
        p.ackDueAt = DemoCompany.plusMinutes(p.createdAt, p.sla().ackMinutes());
        p.resolveDueAt = DemoCompany.plusMinutes(p.createdAt, p.sla().resolveMinutes());
        // the warning goes out when the type's default share (75%) of the time has passed
        p.ackWarnAt = DemoCompany.plusMinutes(p.createdAt, p.sla().ackMinutes() * WARN_PERCENT / 100);
        p.resolveWarnAt = DemoCompany.plusMinutes(p.createdAt, p.sla().resolveMinutes() * WARN_PERCENT / 100);
        addComments(p);
        addWatchers(p);
        addPromise(p);
        return p;
    }

    private void chooseParties(Plan p) {
        int total = 0;
        for (Traffic traffic : TRAFFIC) {
            total += traffic.weight();
        }
        int roll = company.random.nextInt(total);
        Traffic chosen = TRAFFIC[0];
        for (Traffic traffic : TRAFFIC) {
            roll -= traffic.weight();
            if (roll < 0) {
                chosen = traffic;
                break;
            }
        }
        p.type = company.requestType(chosen.type());
        String[] senders = chosen.senders();
        String sender = senders.length == 1 || company.chance(0.65) ? senders[0]
                : senders[1 + company.random.nextInt(senders.length - 1)];
        p.requesting = company.department(sender);
        p.requester = company.pick(p.requesting.workers());
        p.receiving = p.type.department();
        p.priority = company.chance(0.5) ? p.type.defaultPriority() : randomPriority();

        // Key accounts ask for more; the first dozen clients of the catalogue are the big ones.
        List<Client> clients = company.clients;
        p.client = company.chance(0.4) ? clients.get(company.random.nextInt(Math.min(12, clients.size())))
                : company.pick(clients);
        List<Contact> current = p.client.currentContacts();
        p.contact = current.isEmpty() || company.chance(0.15) ? null : company.pick(current);
    }

    private Priority randomPriority() {
        double roll = company.random.nextDouble();
        return roll < 0.15 ? Priority.LOW : roll < 0.70 ? Priority.NORMAL : roll < 0.92 ? Priority.HIGH
                : Priority.URGENT;
    }

    /**
     * An open request: its age is chosen from how far into its deadline it should be, and its
     * history is spread between its creation and now.
     */
    private void planOpen(Plan p, Pace pace) {
        Sla sla = p.sla();
        boolean acknowledged = !p.status.equals("NEW");
        // NEW requests are measured against the acknowledgement deadline, the others resolution.
        int window = acknowledged ? sla.resolveMinutes() : sla.ackMinutes();
        double share = switch (pace) {
            case ON_TRACK -> company.between(0.05, 0.70);
            case AT_RISK -> company.between(0.78, 0.97);
            case OVERDUE -> company.between(1.15, 2.2);
        };
        double age = Math.max(window * share, 10);
        p.createdAt = company.now.minusSeconds(Math.round(age * 60));
        created(p);

        if (!acknowledged) {
            return;
        }
        double ackAfter = Math.min(sla.ackMinutes() * company.between(0.1, 0.9), age * 0.3);
        if (p.status.equals("ACKNOWLEDGED") && company.chance(0.3)) {
            // Acknowledged with a later date than the SLA's; the requester has not answered yet.
            p.proposedDueAt = DemoCompany.plusMinutes(p.createdAt,
                    sla.resolveMinutes() + company.between(1, 5) * 24 * 60);
        }
        Instant cursor = acknowledge(p, DemoCompany.plusMinutes(p.createdAt, ackAfter));
        double left = age - ackAfter;
        if (p.status.equals("ACKNOWLEDGED")) {
            return;
        }
        cursor = start(p, DemoCompany.plusMinutes(cursor, left * company.between(0.05, 0.3)));
        if (p.status.equals("WAITING")) {
            waitFor(p, DemoCompany.plusMinutes(cursor, minutesUntilNow(cursor) * company.between(0.2, 0.8)));
            return;
        }
        if (company.chance(0.25)) {
            cursor = waitFor(p, DemoCompany.plusMinutes(cursor, minutesUntilNow(cursor) * company.between(0.1, 0.4)));
            resume(p, DemoCompany.plusMinutes(cursor, minutesUntilNow(cursor) * company.between(0.2, 0.6)));
        }
    }

    /** A request that reached a final or resolved state: its history is timed first, then placed. */
    private void planFinished(Plan p) {
        Sla sla = p.sla();
        // Offsets from creation, in minutes; creation time is fixed at the end.
        p.createdAt = Instant.EPOCH;
        created(p);
        double ackAfter = sla.ackMinutes() * (company.chance(0.12) ? company.between(1.1, 2.5)
                : company.between(0.05, 0.9));
        double resolveAfter = sla.resolveMinutes() * (company.chance(0.15) ? company.between(1.05, 1.8)
                : company.between(0.15, 0.95));
        resolveAfter = Math.max(resolveAfter, ackAfter + 30);
        Instant done;
        switch (p.status) {
            case "REJECTED" -> {
                done = DemoCompany.plusMinutes(p.createdAt, ackAfter);
                p.rejectReason = DemoTexts.rejectReason(p.english, company);
                done = p.add(done, worker(p.receiving), "REJECTED", "NEW", "REJECTED", p.rejectReason);
            }
            case "CANCELLED" -> {
                Instant cursor = p.createdAt;
                String from = "NEW";
                if (company.chance(0.4)) {
                    cursor = acknowledge(p, DemoCompany.plusMinutes(cursor, ackAfter));
                    from = "ACKNOWLEDGED";
                    if (company.chance(0.5)) {
                        cursor = start(p, DemoCompany.plusMinutes(cursor, company.between(30, 600)));
                        from = "IN_PROGRESS";
                    }
                }
                done = DemoCompany.plusMinutes(cursor, company.between(20, 1440));
                done = p.add(done, p.requester, "CANCELLED", from, "CANCELLED",
                        DemoTexts.cancelReason(p.english, company));
            }
            default -> {
                Instant cursor = acknowledge(p, DemoCompany.plusMinutes(p.createdAt, ackAfter));
                Instant resolveAt = DemoCompany.plusMinutes(p.createdAt, resolveAfter);
                double span = Duration.between(cursor, resolveAt).toMinutes();
                cursor = start(p, DemoCompany.plusMinutes(cursor, span * company.between(0.02, 0.3)));
                if (company.chance(0.25)) {
                    span = Duration.between(cursor, resolveAt).toMinutes();
                    waitFor(p, DemoCompany.plusMinutes(cursor, span * company.between(0.1, 0.4)));
                    cursor = resume(p, DemoCompany.plusMinutes(cursor, span * company.between(0.5, 0.9)));
                    p.waitingOn = null;
                    p.waitingSince = null;
                }
                done = resolve(p, resolveAt.isAfter(cursor) ? resolveAt : cursor.plusSeconds(3600));
                if (p.status.equals("CLOSED")) {
                    if (company.chance(0.06)) {
                        Instant reopened = DemoCompany.plusMinutes(done, company.between(120, 2880));
                        reopened = p.add(reopened, p.requester, "REOPENED", "RESOLVED", "IN_PROGRESS",
                                DemoTexts.reopenNote(p.english));
                        done = resolve(p, DemoCompany.plusMinutes(reopened, company.between(60, 1440)));
                    }
                    done = p.add(DemoCompany.plusMinutes(done, company.between(60, 4320)), p.requester,
                            "CLOSED", "RESOLVED", "CLOSED", null);
                    p.closedAt = done;
                }
            }
        }
        // Place the story: resolved ones finished lately and wait to be closed; the rest anywhere
        // in the last 90 days, created in office hours.
        long span = Duration.between(p.createdAt, done).toMinutes();
        Instant created;
        if (p.status.equals("RESOLVED")) {
            created = company.now.minus(Duration.ofMinutes(span + company.between(30, 3 * 24 * 60)));
        } else {
            long room = Math.max(90L * 24 * 60 - span - 10, 60);
            Instant latest = company.now.minus(Duration.ofMinutes(span + 10));
            created = company.officeHoursAtOrBefore(latest.minus(Duration.ofMinutes(
                    (long) (company.random.nextDouble() * room))));
        }
        shift(p, Duration.between(p.createdAt, created));
    }

    private double minutesUntilNow(Instant from) {
        return Math.max(Duration.between(from, company.now).toMinutes() - 1, 1);
    }

    private void created(Plan p) {
        p.add(p.createdAt, p.requester, "CREATED", null, "NEW", null);
        // Some requests first went to the wrong department, which passed them on.
        if (company.chance(0.03)) {
            Department wrong = company.departments.values().stream()
                    .filter(d -> d != p.receiving && d != p.requesting).toList()
                    .get(company.random.nextInt(3));
            p.add(DemoCompany.plusMinutes(p.createdAt, company.between(1, 4)), wrong.head(), "FORWARDED",
                    "NEW", "NEW", DemoTexts.forwardNote(p.english, wrong.code(), p.receiving.code()));
        }
    }

    private Instant acknowledge(Plan p, Instant at) {
        p.assignee = worker(p.receiving);
        Staff head = p.receiving.head();
        boolean byHead = head != p.assignee && company.chance(0.25);
        String note = p.proposedDueAt != null ? DemoTexts.counterProposal(p.english, p.proposedDueAt)
                : byHead ? (p.english ? "Assigned to " : "Priskirta: ") + p.assignee.firstName() : null;
        p.acknowledgedAt = p.add(at, byHead ? head : p.assignee, "ACKNOWLEDGED", "NEW", "ACKNOWLEDGED", note);
        return p.acknowledgedAt;
    }

    private Instant start(Plan p, Instant at) {
        return p.add(at, p.assignee, "STARTED", "ACKNOWLEDGED", "IN_PROGRESS", null);
    }

    private Instant waitFor(Plan p, Instant at) {
        p.waitingOn = company.chance(0.6) ? "CLIENT" : "DEPARTMENT";
        p.waitingSince = p.add(at, p.assignee, "WAITING", "IN_PROGRESS", "WAITING",
                DemoTexts.waitingNote(p.english, p.waitingOn, company));
        return p.waitingSince;
    }

    private Instant resume(Plan p, Instant at) {
        return p.add(at, p.assignee, "RESUMED", "WAITING", "IN_PROGRESS", null);
    }

    private Instant resolve(Plan p, Instant at) {
        p.resolvedAt = p.add(at, p.assignee, "RESOLVED", "IN_PROGRESS", "RESOLVED",
                DemoTexts.resolveNote(p.type.name(), p.english, company));
        return p.resolvedAt;
    }

    private Staff worker(Department department) {
        List<Staff> workers = department.workers();
        // Heads take fewer requests themselves.
        Staff chosen = company.pick(workers);
        return chosen.isHead() && workers.size() > 1 && company.chance(0.6) ? company.pick(workers) : chosen;
    }

    /** Moves a history timed from the epoch to its real creation time. */
    private static void shift(Plan p, Duration by) {
        p.createdAt = p.createdAt.plus(by);
        p.acknowledgedAt = p.acknowledgedAt == null ? null : p.acknowledgedAt.plus(by);
        p.resolvedAt = p.resolvedAt == null ? null : p.resolvedAt.plus(by);
        p.closedAt = p.closedAt == null ? null : p.closedAt.plus(by);
        List<Event> moved = p.events.stream()
                .map(e -> new Event(e.at().plus(by), e.actor(), e.kind(), e.from(), e.to(), e.note())).toList();
        p.events.clear();
        p.events.addAll(moved);
    }

    private void addComments(Plan p) {
        int count = company.chance(0.45) ? company.between(1, 3) : 0;
        Instant from = p.createdAt;
        Instant to = p.lastChange().equals(from) ? company.now : p.lastChange();
        if (OPEN.contains(p.status)) {
            to = company.now;
        }
        long minutes = Math.max(Duration.between(from, to).toMinutes() - 2, 1);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(from.plus(Duration.ofMinutes(1 + (long) (company.random.nextDouble() * minutes))));
        }
        times.sort(null);
        for (Instant at : times) {
            boolean fromReceiver = p.assignee != null && p.acknowledgedAt != null && at.isAfter(p.acknowledgedAt)
                    && company.chance(0.5);
            Staff author = fromReceiver ? p.assignee : p.requester;
            boolean internal = fromReceiver && company.chance(0.5);
            p.comments.add(new Comment(at, author, DemoTexts.comment(p.english, fromReceiver, internal, company),
                    internal));
        }
    }

    private void addWatchers(Plan p) {
        if (company.chance(0.3)) {
            Staff head = p.requesting.head();
            if (head != p.requester) {
                p.watchers.add(head);
            }
            if (p.client.owner() != p.requester && company.chance(0.5)) {
                p.watchers.add(p.client.owner());
            }
        }
        if (company.chance(0.08)) {
            p.watchers.add(p.receiving.head());
        }
    }

    /** Promises to the client that requests of service and delivery carry. */
    private void addPromise(Plan p) {
        String type = p.type.name();
        boolean promising = List.of("Callback", "Repair", "Installation survey", "Delivery").contains(type);
        if (!promising || p.status.equals("CANCELLED") || !company.chance(type.equals("Callback") ? 0.7 : 0.35)) {
            return;
        }
        boolean tomorrow = type.equals("Callback") || company.chance(0.4);
        ZonedDateTime createdLocal = p.createdAt.atZone(DemoCompany.VILNIUS);
        LocalTime[] slots = {LocalTime.of(10, 0), LocalTime.of(13, 0), LocalTime.of(15, 0), LocalTime.of(16, 30)};
        LocalDate day = createdLocal.toLocalDate().plusDays(tomorrow ? 1 : company.between(2, 4));
        Instant due = day.atTime(company.pick(slots)).atZone(DemoCompany.VILNIUS).toInstant();
        String text = DemoTexts.promise(type, p.english, tomorrow, due.atZone(DemoCompany.VILNIUS));
        Staff owner = p.assignee != null ? p.assignee : p.receiving.head();
        String status;
        Instant updated = p.createdAt;
        if (due.isAfter(company.now)) {
            status = "OPEN";
        } else if (p.resolvedAt != null && !p.resolvedAt.isAfter(due)) {
            status = "KEPT";
            updated = p.resolvedAt;
        } else if (p.resolvedAt == null && !p.status.equals("REJECTED") && company.chance(0.4)) {
            status = "OPEN"; // missed, and nobody has marked it yet: escalation will
        } else {
            status = "BROKEN";
            updated = DemoCompany.plusMinutes(due, company.between(30, 600));
            if (updated.isAfter(company.now)) {
                updated = company.now;
            }
        }
        p.promises.add(new Promise(text, due, p.requester, owner, status,
                DemoCompany.plusMinutes(p.createdAt, 2), updated));
    }

    // --- Writing ------------------------------------------------------------------------------

    private void writePlan(long id, String key, Plan p) {
        p.events.sort(Comparator.comparing(Event::at));
        RowSink out = company.out;
        int transitions = p.events.size() - 1;
        List<Event> history = new ArrayList<>(p.events);
        for (Comment comment : p.comments) {
            history.add(new Event(comment.at(), comment.author(), "COMMENTED", null, null,
                    comment.internal() ? "internal" : null));
        }
        history.sort(Comparator.comparing(Event::at));
        Instant updated = history.get(history.size() - 1).at();
        out.insert(DemoTable.TICKETS, id, key, (long) transitions, p.type.id(), p.title, p.description,
                p.client.id(), p.contact == null ? null : p.contact.id(), p.priority, p.status, p.requester.id(),
                p.requesting.id(), p.receiving.id(), p.assignee == null ? null : p.assignee.id(), p.ackDueAt,
                p.resolveDueAt, p.ackWarnAt, p.resolveWarnAt, p.acknowledgedAt, p.resolvedAt, p.closedAt, p.proposedDueAt,
                p.status.equals("WAITING") ? p.waitingOn : null,
                p.status.equals("WAITING") ? p.waitingSince : null, p.rejectReason, p.createdAt, updated);
        for (Staff watcher : p.watchers) {
            out.insert(DemoTable.TICKET_WATCHERS, id, watcher.id());
        }
        for (Event event : history) {
            out.insert(DemoTable.TICKET_EVENTS, id, event.at(), event.actor().id(), event.kind(), event.from(),
                    event.to(), event.note());
        }
        for (Comment comment : p.comments) {
            out.insert(DemoTable.TICKET_COMMENTS, id, comment.author().id(), comment.body(), comment.internal(),
                    comment.at());
        }
        for (Promise promise : p.promises) {
            out.insert(DemoTable.PROMISES, id, p.client.id(), promise.text(), promise.dueAt(),
                    promise.madeBy().id(), promise.owner().id(), promise.status(), promise.createdAt(),
                    promise.updatedAt());
        }
    }

    /** Promises made on a call or in a meeting, without a request behind them. */
    private void writeStandalonePromises() {
        List<Staff> sales = company.department("SAL").workers();
        for (int i = 0; i < 12; i++) {
            Client client = company.pick(company.clients);
            Staff madeBy = company.chance(0.7) ? client.owner() : company.pick(sales);
            Instant created = company.officeHoursAtOrBefore(
                    company.now.minus(Duration.ofMinutes(company.random.nextInt(30 * 24 * 60))));
            Instant due = DemoCompany.plusMinutes(created, company.between(1, 7) * 24 * 60);
            boolean english = company.chance(0.4);
            String text = DemoTexts.salesPromise(english, company);
            String status = due.isAfter(company.now) ? "OPEN" : company.chance(0.8) ? "KEPT" : "BROKEN";
            Instant updated = status.equals("OPEN") ? created : due;
            company.out.insert(DemoTable.PROMISES, null, client.id(), text, due, madeBy.id(), madeBy.id(), status,
                    created, updated);
        }
    }
}
