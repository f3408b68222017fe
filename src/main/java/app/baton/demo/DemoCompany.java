package app.baton.demo;

import app.baton.client.SearchText;
import app.baton.ticket.Priority;
import app.baton.user.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Vėsos Meistrai, a fictional air-conditioning service company working in Lithuania and Latvia,
 * as rows: departments, staff, the request catalogue, clients and three months of requests.
 * It only decides what rows exist; a {@link RowSink} decides how they are stored. The same seed
 * and the same "now" give the same rows.
 */
final class DemoCompany {

    public static final String PASSWORD = "baton-demo-2026";
    public static final String EMAIL_DOMAIN = "demo.baton";
    static final long SEED = 20_261_123L;
    static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
    static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    /** The first id to use per table; ids are given explicitly so rows can refer to each other. */
    record FirstIds(long user, long department, long requestType, long client, long contact, long ticket) {
    }

    record Staff(long id, String firstName, String name, String email, String language, ZoneId zone,
            String department, Set<Role> roles, List<String> skills) {
        boolean isHead() {
            return roles.contains(Role.HEAD);
        }
    }

    record Department(long id, String code, String name, String email, List<Staff> members) {
        Staff head() {
            return members.stream().filter(Staff::isHead).findFirst().orElseThrow();
        }

        /** Who works the department's requests: administrators are members but not workers. */
        List<Staff> workers() {
            return members.stream().filter(s -> !s.roles().contains(Role.ADMIN)).toList();
        }
    }

    /** ack and resolve minutes of one priority. */
    record Sla(int ackMinutes, int resolveMinutes) {
    }

    record RequestType(long id, String name, Department department, Priority defaultPriority,
            Map<Priority, Sla> sla) {
    }

    record Contact(long id, String name, String role, String phone, String email, boolean leftCompany) {
    }

    record Client(long id, String name, String country, String region, String segment, String industry,
            Staff owner, List<Contact> contacts, boolean privatePerson) {
        List<Contact> currentContacts() {
            return contacts.stream().filter(c -> !c.leftCompany()).toList();
        }
    }

    final Random random = new Random(SEED);
    final Instant now;
    final RowSink out;
    private final FirstIds firstIds;
    private final String passwordHash;

    final List<Staff> staff = new ArrayList<>();
    final Map<String, Department> departments = new LinkedHashMap<>();
    final List<RequestType> requestTypes = new ArrayList<>();
    final List<Client> clients = new ArrayList<>();

    /**
     * @param now          the demo's present; the data covers the ~90 days before it
     * @param passwordHash the bcrypt hash of {@link #PASSWORD}, made once and shared by all staff
     */
    DemoCompany(FirstIds firstIds, Instant now, String passwordHash, RowSink out) {
        this.firstIds = firstIds;
        this.now = now.truncatedTo(ChronoUnit.MINUTES);
        this.passwordHash = passwordHash;
        this.out = out;
    }

    void write() {
        writeStaffAndDepartments();
        writeRequestTypes();
        new DemoClients(this, firstIds.client(), firstIds.contact()).write();
        new DemoTickets(this, firstIds.ticket()).write();
    }

    // --- People and departments -----------------------------------------------------------------

    private void writeStaffAndDepartments() {
        long id = firstIds.user();
        Instant hired = now.minus(Duration.ofDays(120));
        String[][] people = {
            // department, first name, surname, language, zone, head?, skills
            {"SAL", "Rasa", "Kazlauskienė", "lt", "V", "head", ""},
            {"SAL", "Tomas", "Jankauskas", "en", "V", "", ""},
            {"SAL", "Ilze", "Bērziņa", "lv", "R", "", ""},
            {"SAL", "Dmitrij", "Volkov", "ru", "V", "", ""},
            {"SRV", "Mindaugas", "Petrauskas", "lt", "V", "head", "VRF,Daikin"},
            {"SRV", "Andrius", "Stankevičius", "lt", "V", "", "Daikin,split systems"},
            {"SRV", "Darius", "Vaitkus", "lt", "V", "", "Mitsubishi Electric,heat pumps"},
            {"SRV", "Jānis", "Ozols", "lv", "R", "", "VRF,refrigeration"},
            {"SRV", "Sergej", "Ivanov", "ru", "V", "", "Toshiba,refrigeration"},
            {"ACC", "Laura", "Žukauskienė", "lt", "V", "head", ""},
            {"ACC", "Olga", "Smirnova", "ru", "R", "", ""},
            {"DLV", "Egidijus", "Paulauskas", "lt", "V", "head", ""},
            {"DLV", "Artūrs", "Kalniņš", "lv", "R", "", ""},
            {"PRC", "Jurgita", "Butkienė", "lt", "V", "head", ""},
            {"PRC", "Kristaps", "Liepiņš", "lv", "R", "", ""},
            {"ACC", "Vaida", "Rimkutė", "en", "V", "admin", ""},
        };
        for (String[] p : people) {
            Set<Role> roles = switch (p[5]) {
                case "head" -> Set.of(Role.HEAD, Role.STAFF);
                case "admin" -> Set.of(Role.ADMIN, Role.STAFF);
                default -> Set.of(Role.STAFF);
            };
            List<String> skills = p[6].isEmpty() ? List.of() : List.of(p[6].split(","));
            String email = SearchText.fold(p[1]) + "@" + EMAIL_DOMAIN;
            Staff person = new Staff(id++, p[1], p[1] + " " + p[2], email, p[3],
                    p[4].equals("R") ? RIGA : VILNIUS, p[0], roles, skills);
            staff.add(person);
            out.insert(DemoTable.USERS, person.id(), email, person.name(), passwordHash, person.language(),
                    person.zone().getId(), hired);
            for (Role role : Role.values()) {
                if (roles.contains(role)) {
                    out.insert(DemoTable.USER_ROLES, person.id(), role);
                }
            }
            for (String skill : skills) {
                out.insert(DemoTable.USER_SKILLS, person.id(), skill);
            }
        }

        long departmentId = firstIds.department();
        String[][] list = {
            {"SAL", "Sales", "sales@" + EMAIL_DOMAIN},
            {"SRV", "Service", "service@" + EMAIL_DOMAIN},
            {"ACC", "Accounting", "accounting@" + EMAIL_DOMAIN},
            {"DLV", "Delivery", "delivery@" + EMAIL_DOMAIN},
            {"PRC", "Procurement", "procurement@" + EMAIL_DOMAIN},
        };
        for (String[] d : list) {
            List<Staff> members = staff.stream().filter(s -> s.department().equals(d[0])).toList();
            Department department = new Department(departmentId++, d[0], d[1], d[2], members);
            departments.put(department.code(), department);
            out.insert(DemoTable.DEPARTMENTS, department.id(), department.code(), department.name(),
                    department.email(), hired);
            out.insert(DemoTable.DEPARTMENT_HEADS, department.id(), department.head().id());
            for (Staff member : members) {
                out.insert(DemoTable.USER_DEPARTMENTS, member.id(), department.id());
            }
        }
    }

    // --- The request catalogue ------------------------------------------------------------------

    private void writeRequestTypes() {
        long id = firstIds.requestType();
        Instant created = now.minus(Duration.ofDays(119));
        // department, name, default priority, then ack/resolve minutes for LOW, NORMAL, HIGH, URGENT
        Object[][] catalogue = {
            {"SRV", "Repair", Priority.NORMAL, 480, 7200, 240, 4320, 60, 1440, 30, 480},
            {"SRV", "Maintenance", Priority.LOW, 1440, 20160, 480, 10080, 240, 4320, 60, 1440},
            {"SRV", "Callback", Priority.NORMAL, 240, 1440, 120, 480, 30, 240, 15, 120},
            {"SRV", "Installation survey", Priority.NORMAL, 1440, 10080, 480, 7200, 240, 2880, 120, 1440},
            {"ACC", "Invoice", Priority.NORMAL, 480, 2880, 240, 1440, 120, 480, 60, 240},
            {"ACC", "Credit note", Priority.NORMAL, 480, 4320, 240, 2880, 120, 1440, 60, 480},
            {"ACC", "Payment reminder", Priority.LOW, 1440, 4320, 480, 2880, 240, 1440, 120, 480},
            {"DLV", "Delivery", Priority.NORMAL, 480, 4320, 240, 2880, 120, 1440, 60, 480},
            {"DLV", "Pickup", Priority.NORMAL, 480, 2880, 240, 1440, 120, 720, 60, 240},
            {"PRC", "Purchase order", Priority.NORMAL, 480, 7200, 240, 4320, 120, 2880, 60, 1440},
            {"PRC", "Spare part", Priority.HIGH, 480, 10080, 240, 7200, 120, 4320, 60, 1440},
            {"SAL", "Quote", Priority.NORMAL, 480, 4320, 240, 2880, 120, 1440, 60, 480},
        };
        for (Object[] row : catalogue) {
            Map<Priority, Sla> sla = new EnumMap<>(Priority.class);
            for (Priority priority : Priority.values()) {
                int at = 3 + priority.ordinal() * 2;
                sla.put(priority, new Sla((Integer) row[at], (Integer) row[at + 1]));
            }
            RequestType type = new RequestType(id++, (String) row[1], departments.get((String) row[0]),
                    (Priority) row[2], sla);
            requestTypes.add(type);
            out.insert(DemoTable.REQUEST_TYPES, type.id(), type.name(), type.department().id(),
                    type.defaultPriority(), created);
            sla.forEach((priority, target) -> out.insert(DemoTable.REQUEST_TYPE_SLA, type.id(), priority,
                    target.ackMinutes(), target.resolveMinutes()));
        }
    }

    // --- Shared helpers for the other generators --------------------------------------------------

    Department department(String code) {
        return departments.get(code);
    }

    RequestType requestType(String name) {
        return requestTypes.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform in [from, to). */
    double between(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    int between(int from, int toInclusive) {
        return from + random.nextInt(toInclusive - from + 1);
    }

    static Instant plusMinutes(Instant at, double minutes) {
        return at.plusSeconds(Math.round(minutes * 60));
    }

    /**
     * The instant moved to a working moment in Vilnius (Monday to Friday, 08:00 to 17:30) on the
     * same or an earlier day, so that created requests look like office work.
     */
    Instant officeHoursAtOrBefore(Instant at) {
        ZonedDateTime local = at.atZone(VILNIUS);
        LocalTime time = LocalTime.of(8, 0).plusMinutes(random.nextInt(570));
        ZonedDateTime moved = local.with(time);
        if (moved.isAfter(local)) {
            moved = moved.minusDays(1);
        }
        while (moved.getDayOfWeek() == DayOfWeek.SATURDAY || moved.getDayOfWeek() == DayOfWeek.SUNDAY) {
            moved = moved.minusDays(1);
        }
        return moved.toInstant();
    }
}
