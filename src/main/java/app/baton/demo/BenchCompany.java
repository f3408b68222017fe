package app.baton.demo;

import app.baton.client.AliasKind;
import app.baton.client.ClientSearchTokens;
import app.baton.client.ClientSearchTokens.ContactText;
import app.baton.ticket.Priority;
import app.baton.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A large service company for benchmarks: at size 1,000,000 it has 50 departments, 500 staff,
 * 100,000 clients with 200,000 aliases (one former name each) and 250,000 contacts, and a million
 * requests over five years with about two million events; about 3% of the requests are open and
 * a part of those overdue. Everything scales with the number of requests. Rows are produced in
 * a stream (only ids and small arrays are kept), so memory stays flat at any size. The texts come
 * from the demo company's catalogue ({@link DemoTexts}).
 */
final class BenchCompany {

    /** How many rows of each kind; {@link #of(long)} scales the 1M company. */
    record Size(long requests, int departments, int staff, int clients) {
        static Size of(long requests) {
            double f = requests / 1_000_000.0;
            int departments = (int) Math.max(5, Math.min(50, Math.round(50 * f)));
            int staff = (int) Math.max(departments * 4L, Math.round(500 * f));
            int clients = (int) Math.max(50, Math.round(100_000 * f));
            return new Size(requests, departments, staff, clients);
        }
    }

    static final String PASSWORD = "baton-bench-2026";
    static final String EMAIL_DOMAIN = "bench.baton";
    private static final long SEED = 6_000_001L;
    private static final Duration HISTORY = Duration.ofDays(5 * 365);
    /** Open requests were created in the last few weeks; the older ones are all finished. */
    private static final Duration OPEN_WINDOW = Duration.ofDays(20);
    private static final double OPEN_SHARE = 0.03;

    // Ten functions in five cities make the 50 departments; a smaller company keeps the first ones.
    private static final String[][] FUNCTIONS = {
        {"SAL", "Sales", "Quote", "Callback"},
        {"SRV", "Service", "Repair", "Maintenance", "Callback", "Installation survey"},
        {"ACC", "Accounting", "Invoice", "Credit note", "Payment reminder"},
        {"DLV", "Delivery", "Delivery", "Pickup"},
        {"PRC", "Procurement", "Purchase order", "Spare part"},
        {"INS", "Installation", "Installation survey", "Repair"},
        {"WAR", "Warranty", "Repair", "Credit note"},
        {"LOG", "Logistics", "Delivery", "Pickup"},
        {"CUS", "Customer care", "Callback", "Quote"},
        {"ITS", "IT support", "Repair", "Maintenance"},
    };
    private static final String[][] CITIES = {
        {"V", "Vilnius"}, {"K", "Kaunas"}, {"R", "Rīga"}, {"L", "Klaipėda"}, {"D", "Daugavpils"},
    };
    private static final String[] FIRST = {"Jonas", "Rūta", "Mantas", "Eglė", "Jānis", "Ilze", "Sergej", "Olga",
        "Paulius", "Greta", "Andris", "Līga", "Marius", "Inga", "Dmitrij", "Laura"};
    private static final String[] LAST = {"Kazlauskas", "Petrauskienė", "Bērziņš", "Ozoliņa", "Ivanov",
        "Smirnova", "Žukauskas", "Kalniņa", "Butkus", "Jansone", "Urbonas", "Pētersone"};
    private static final String[] WORDS = {"Rytų", "Baltijos", "Šiaurės", "Nemuno", "Jūros", "Vėjo", "Saulės",
        "Gintaro", "Ąžuolo", "Liepų", "Daugavas", "Rīgas", "Kuršių", "Aukštaitijos", "Žemaitijos", "Zaļā",
        "Latvijas", "Vidzemes", "Kauno", "Sostinės"};
    private static final String[] TRADES = {"Prekyba", "Logistika", "Statyba", "Klinika", "Viešbutis", "Duona",
        "Technika", "Biurai", "Serviss", "Tirdzniecība", "Maiznīca", "Sandėliai", "Spaustuvė", "Pienas"};
    private static final String[] INDUSTRIES = {"Retail", "Hospitality", "Healthcare", "Logistics",
        "Manufacturing", "Office real estate", "Food processing", "IT / data centre"};
    private static final String[] SEGMENTS = {"Key account", "SMB", "SMB", "SMB", "Public sector", "Private"};

    private record Department(long id, String code, String name, List<String> types, long firstStaff, int staff) {
    }

    private record Type(long id, String name, Department department, int ackMinutes, int resolveMinutes) {
    }

    private final Size size;
    private final DemoCompany.FirstIds firstIds;
    private final Instant now;
    private final String passwordHash;
    private final RowSink out;
    private final Runnable checkpoint;
    /** The texts of the demo company draw from its random; it writes nothing itself. */
    private final DemoCompany texts;
    private final Random random = new Random(SEED);

    private final List<Department> departments = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();
    private long[] staffIds;
    private String[] clientNames;
    private String[] clientRegions;
    private long[] firstContact;
    private final long[] keyCounters;
    private long events;

    /**
     * @param checkpoint called every few thousand requests, so the loader can send and commit
     *                   what it has (one transaction of a million rows would bloat the undo log)
     */
    BenchCompany(Size size, DemoCompany.FirstIds firstIds, Instant now, String passwordHash, RowSink out,
            Runnable checkpoint) {
        this.size = size;
        this.firstIds = firstIds;
        this.now = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.passwordHash = passwordHash;
        this.out = out;
        this.checkpoint = checkpoint;
        this.texts = new DemoCompany(firstIds, now, passwordHash, (table, values) -> {
        });
        this.keyCounters = new long[size.departments()];
    }

    /** The email of the n-th member of staff (0-based); staff 0 is an administrator. */
    static String email(int n) {
        return "staff" + n + "@" + EMAIL_DOMAIN;
    }

    long events() {
        return events;
    }

    void write() {
        writeDepartmentsAndStaff();
        writeRequestTypes();
        checkpoint.run();
        writeClients();
        checkpoint.run();
        writeTickets();
        for (int d = 0; d < departments.size(); d++) {
            out.insert(DemoTable.TICKET_KEY_COUNTERS, departments.get(d).id(), keyCounters[d]);
        }
        checkpoint.run();
    }

    private void writeDepartmentsAndStaff() {
        Instant hired = now.minus(HISTORY).minus(Duration.ofDays(30));
        int count = size.departments();
        int perDepartment = size.staff() / count;
        staffIds = new long[perDepartment * count];
        long userId = firstIds.user();
        long departmentId = firstIds.department();
        int n = 0;
        for (int d = 0; d < count; d++) {
            String[] city = CITIES[d / FUNCTIONS.length];
            String[] function = FUNCTIONS[d % FUNCTIONS.length];
            Department department = new Department(departmentId++, function[0] + city[0],
                    function[1] + " " + city[1], List.of(function).subList(2, function.length), userId, perDepartment);
            departments.add(department);
            out.insert(DemoTable.DEPARTMENTS, department.id(), department.code(), department.name(),
                    department.code().toLowerCase() + "@" + EMAIL_DOMAIN, hired);
            for (int i = 0; i < perDepartment; i++, n++) {
                long id = userId++;
                staffIds[n] = id;
                String name = pick(FIRST) + " " + pick(LAST);
                out.insert(DemoTable.USERS, id, email(n), name, passwordHash, "lt", "Europe/Vilnius", hired);
                out.insert(DemoTable.USER_ROLES, id, Role.STAFF);
                if (n == 0) {
                    out.insert(DemoTable.USER_ROLES, id, Role.ADMIN);
                }
                if (i == 0) {
                    out.insert(DemoTable.USER_ROLES, id, Role.HEAD);
                }
            }
        }
        // Parents before children: the links go out after every user and department exists.
        for (Department department : departments) {
            out.insert(DemoTable.DEPARTMENT_HEADS, department.id(), department.firstStaff());
            for (int i = 0; i < department.staff(); i++) {
                out.insert(DemoTable.USER_DEPARTMENTS, department.firstStaff() + i, department.id());
            }
        }
    }

    private void writeRequestTypes() {
        long id = firstIds.requestType();
        Instant created = now.minus(HISTORY).minus(Duration.ofDays(20));
        for (Department department : departments) {
            for (String name : department.types()) {
                int ack = pick(new int[] {120, 240, 480});
                int resolve = pick(new int[] {1440, 2880, 4320, 7200});
                Type type = new Type(id++, name, department, ack, resolve);
                types.add(type);
                out.insert(DemoTable.REQUEST_TYPES, type.id(), name, department.id(), Priority.NORMAL, created);
                for (Priority priority : Priority.values()) {
                    double factor = switch (priority) {
                        case LOW -> 2;
                        case NORMAL -> 1;
                        case HIGH -> 0.5;
                        case URGENT -> 0.25;
                    };
                    out.insert(DemoTable.REQUEST_TYPE_SLA, type.id(), priority, (int) (ack * factor),
                            (int) (resolve * factor));
                }
            }
        }
    }

    private void writeClients() {
        int count = size.clients();
        clientNames = new String[count];
        clientRegions = new String[count];
        firstContact = new long[count + 1];
        long contactId = firstIds.contact();
        for (int c = 0; c < count; c++) {
            long id = firstIds.client() + c;
            boolean latvian = random.nextInt(3) == 0;
            String name = (latvian ? "SIA " : "UAB ") + pick(WORDS) + " " + pick(TRADES) + " " + (c + 1);
            String region = CITIES[random.nextInt(CITIES.length)][1];
            String registration = String.valueOf(100_000_000L + c * 7L + random.nextInt(7));
            String vat = (latvian ? "LV" : "LT") + registration;
            Instant created = now.minus(HISTORY).plusSeconds((long) (random.nextDouble() * HISTORY.toSeconds()));
            clientNames[c] = name;
            clientRegions[c] = region;
            out.insert(DemoTable.CLIENTS, id, name, registration, vat, region, pick(SEGMENTS), pick(INDUSTRIES), null,
                    staffIds[random.nextInt(staffIds.length)], created, created);
            // Two aliases: the name before a rename, and a brand or a Cyrillic spelling.
            String former = (latvian ? "SIA " : "UAB ") + pick(WORDS) + " " + pick(TRADES) + " Senas " + (c + 1);
            LocalDate renamed = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(random.nextInt(900));
            out.insert(DemoTable.CLIENT_ALIASES, id, former, AliasKind.FORMER, renamed, created);
            String second = random.nextBoolean() ? "Brand " + pick(TRADES) + " " + (c + 1) : "ООО Балтика " + (c + 1);
            out.insert(DemoTable.CLIENT_ALIASES, id, second,
                    second.startsWith("Brand") ? AliasKind.BRAND : AliasKind.SPELLING, null, created);
            // 2.5 contacts per client on average
            firstContact[c] = contactId;
            int contacts = c % 2 == 0 ? 2 : 3;
            List<ContactText> contactTexts = new ArrayList<>();
            for (int k = 0; k < contacts; k++) {
                String person = pick(FIRST) + " " + pick(LAST);
                String phone = "+370 6" + (1_000_000 + random.nextInt(8_999_999));
                String email = "contact" + contactId + "@client" + (c + 1) + ".example";
                out.insert(DemoTable.CONTACTS, contactId++, id, person, "Office manager", phone, email, false, created);
                contactTexts.add(new ContactText(person, phone, email));
            }
            for (String token : ClientSearchTokens.of(name, List.of(former, second), registration, vat, contactTexts)) {
                out.insert(DemoTable.CLIENT_SEARCH_TOKENS, token, id);
            }
            if (c % 5_000 == 4_999) {
                checkpoint.run();
            }
        }
        firstContact[count] = contactId;
    }

    /** Creation moments in time order, the open ones marked by an odd value (seconds * 2 + 1). */
    private long[] creationMoments() {
        long total = size.requests();
        long[] moments = new long[Math.toIntExact(total)];
        long start = now.minus(HISTORY).getEpochSecond();
        long closedEnd = now.minus(Duration.ofDays(1)).getEpochSecond();
        for (int i = 0; i < total; i++) {
            boolean open = random.nextDouble() < OPEN_SHARE;
            long at;
            if (open) {
                // recent ones more often: most are within their SLA, the older ones are overdue
                double age = Math.pow(random.nextDouble(), 2) * OPEN_WINDOW.toSeconds();
                at = now.getEpochSecond() - 60 - (long) age;
            } else {
                at = start + (long) (random.nextDouble() * (closedEnd - start));
            }
            moments[i] = at * 2 + (open ? 1 : 0);
        }
        Arrays.sort(moments);
        return moments;
    }

    private void writeTickets() {
        long[] moments = creationMoments();
        long id = firstIds.ticket();
        for (long moment : moments) {
            writeTicket(id++, Instant.ofEpochSecond(moment / 2), (moment & 1) == 1);
            if (id % 5_000 == 0) {
                checkpoint.run();
            }
        }
    }

    private void writeTicket(long id, Instant created, boolean open) {
        Type type = types.get(random.nextInt(types.size()));
        Department receiving = type.department();
        int d = departments.indexOf(receiving);
        Department requesting = departments.get((d + 1 + random.nextInt(departments.size() - 1)) % departments.size());
        long requester = staffOf(requesting);
        // Few clients have many requests, many have few.
        int c = (int) (Math.pow(random.nextDouble(), 2) * clientNames.length);
        long clientId = firstIds.client() + c;
        Long contact = random.nextDouble() < 0.7 ? firstContact[c] : null;
        double p = random.nextDouble();
        Priority priority = p < 0.15 ? Priority.LOW : p < 0.75 ? Priority.NORMAL : p < 0.95 ? Priority.HIGH
                : Priority.URGENT;
        double factor = switch (priority) {
            case LOW -> 2;
            case NORMAL -> 1;
            case HIGH -> 0.5;
            case URGENT -> 0.25;
        };
        long ackMinutes = (long) (type.ackMinutes() * factor);
        long resolveMinutes = (long) (type.resolveMinutes() * factor);
        Instant ackDue = created.plus(Duration.ofMinutes(ackMinutes));
        Instant resolveDue = created.plus(Duration.ofMinutes(resolveMinutes));
        Instant ackWarn = created.plus(Duration.ofMinutes(ackMinutes * 3 / 4));
        Instant resolveWarn = created.plus(Duration.ofMinutes(resolveMinutes * 3 / 4));

        String status;
        if (open) {
            double s = random.nextDouble();
            status = s < 0.3 ? "NEW" : s < 0.5 ? "ACKNOWLEDGED" : s < 0.9 ? "IN_PROGRESS" : "WAITING";
        } else {
            double s = random.nextDouble();
            status = s < 0.85 ? "CLOSED" : s < 0.92 ? "CANCELLED" : s < 0.97 ? "REJECTED" : "RESOLVED";
        }
        Long assignee = null;
        Instant acknowledged = null;
        Instant resolved = null;
        Instant closed = null;
        Instant waitingSince = null;
        Instant last = created;
        List<Object[]> history = new ArrayList<>();
        history.add(event(id, created, requester, "CREATED", null, "NEW", null));
        boolean worked = !status.equals("NEW") && !status.equals("REJECTED")
                && !(status.equals("CANCELLED") && random.nextBoolean());
        if (worked) {
            assignee = staffOf(receiving);
            acknowledged = before(created.plus(Duration.ofMinutes((long) (ackMinutes * between(0.1, 1.3)))), open);
            last = acknowledged;
            // Finished requests keep a condensed history (about two events a request in all, as
            // the issue sizes it): their acknowledgement is a row only now and then.
            if (open || random.nextInt(10) == 0) {
                history.add(event(id, acknowledged, assignee, "ACKNOWLEDGED", "NEW", "ACKNOWLEDGED", null));
            }
        }
        if (status.equals("WAITING")) {
            waitingSince = before(last.plus(Duration.ofMinutes((long) (resolveMinutes * between(0.05, 0.5)))), true);
        }
        switch (status) {
            case "CLOSED", "RESOLVED" -> {
                resolved = created.plus(Duration.ofMinutes((long) (resolveMinutes * between(0.2, 1.3))));
                if (!resolved.isAfter(last)) {
                    resolved = last.plusSeconds(600);
                }
                last = resolved;
                if (status.equals("CLOSED")) {
                    closed = resolved.plus(Duration.ofMinutes((long) between(30, 4320)));
                    last = closed;
                    history.add(event(id, closed, requester, "CLOSED", "RESOLVED", "CLOSED", null));
                } else {
                    history.add(event(id, resolved, assignee, "RESOLVED", "ACKNOWLEDGED", "RESOLVED", null));
                }
            }
            case "CANCELLED" -> {
                last = last.plus(Duration.ofMinutes((long) between(10, 2880)));
                history.add(event(id, last, requester, "CANCELLED", worked ? "ACKNOWLEDGED" : "NEW", "CANCELLED",
                        null));
            }
            case "REJECTED" -> {
                last = last.plus(Duration.ofMinutes((long) between(10, 600)));
                history.add(event(id, last, staffOf(receiving), "REJECTED", "NEW", "REJECTED", "Not ours"));
            }
            default -> {
            }
        }
        boolean english = random.nextInt(4) == 0;
        DemoTexts.Wording wording = DemoTexts.wording(type.name(), english, texts);
        String description = wording.description(new DemoCompany.Client(clientId, clientNames[c], "LT",
                clientRegions[c], null, null, null, List.of(), false), null);
        String key = receiving.code() + "-" + (++keyCounters[d]);
        out.insert(DemoTable.TICKETS, id, key, (long) history.size() - 1, type.id(), wording.title(), description,
                clientId, contact, priority, status, requester, requesting.id(), receiving.id(), assignee, ackDue,
                resolveDue, ackWarn, resolveWarn, acknowledged, resolved, closed, null,
                status.equals("WAITING") ? (random.nextBoolean() ? "CLIENT" : "DEPARTMENT") : null, waitingSince,
                status.equals("REJECTED") ? "Not ours" : null, created, last);
        for (Object[] event : history) {
            out.insert(DemoTable.TICKET_EVENTS, event);
            events++;
        }
    }

    /** An open request cannot have a history in the future. */
    private Instant before(Instant at, boolean open) {
        return open && at.isAfter(now) ? now.minusSeconds(30) : at;
    }

    private static Object[] event(long ticket, Instant at, long actor, String kind, String from, String to,
            String note) {
        return new Object[] {ticket, at, actor, kind, from, to, note};
    }

    private long staffOf(Department department) {
        return department.firstStaff() + random.nextInt(department.staff());
    }

    private double between(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private int pick(int[] items) {
        return items[random.nextInt(items.length)];
    }
}
