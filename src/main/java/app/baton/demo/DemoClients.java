package app.baton.demo;

import app.baton.client.AliasKind;
import app.baton.client.ClientSearchTokens;
import app.baton.client.SearchText;
import app.baton.demo.DemoCompany.Client;
import app.baton.demo.DemoCompany.Contact;
import app.baton.demo.DemoCompany.Staff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo company's clients: companies in Lithuania and Latvia (two corporate groups among
 * them), a few private persons, their former names, Cyrillic spellings and brands, contacts,
 * search tokens and a timeline of calls, emails, meetings, notes and complaints.
 */
final class DemoClients {

    /** One line of the catalogue below; country LT, LV or RU decides codes, phones and names. */
    private record Spec(String name, String country, String region, String segment, String industry,
            int parent, String[] aliases) {
    }

    private static final String KEY = "Key account";
    private static final String SMB = "SMB";
    private static final String PUBLIC = "Public sector";
    private static final String PRIVATE = "Private";

    /**
     * Aliases are written "KIND:name" or "FORMER:name:until". parent is the index of the parent
     * company in this list, or -1.
     */
    private static final Spec[] CATALOGUE = {
        spec("UAB Rytų Prekyba", "LT", "Vilnius", KEY, "Retail", -1, "BRAND:RP Market"),
        spec("UAB Rytų Prekyba Vilnius", "LT", "Vilnius", KEY, "Retail", 0),
        spec("UAB Rytų Prekyba Kaunas", "LT", "Kaunas", KEY, "Retail", 0),
        spec("UAB Rytų Prekyba Klaipėda", "LT", "Klaipėda", KEY, "Retail", 0,
                "FORMER:UAB Pajūrio Prekyba:2024-09-30"),
        spec("SIA Rītu Tirdzniecība", "LV", "Rīga", KEY, "Retail", 0, "BRAND:RP Market Latvija"),
        spec("AS Baltijas Viesnīcas", "LV", "Rīga", KEY, "Hospitality", -1, "BRAND:Amber Stay Hotels"),
        spec("SIA BV Rīga Centrs", "LV", "Rīga", KEY, "Hospitality", 5, "BRAND:Amber Stay Riga"),
        spec("SIA BV Jūrmala", "LV", "Jūrmala", KEY, "Hospitality", 5),
        spec("UAB Baltijos Viešbučiai", "LT", "Vilnius", KEY, "Hospitality", 5, "BRAND:Amber Stay Vilnius"),
        spec("UAB Šiluma", "LT", "Vilnius", SMB, "Property management", -1, "FORMER:UAB Vėsa:2024-03-31"),
        spec("UAB Žalgirio Biurai", "LT", "Kaunas", SMB, "Office real estate", -1),
        spec("UAB Medikos Centras", "LT", "Vilnius", KEY, "Healthcare", -1,
                "FORMER:UAB Sveikatos Klinika:2023-06-30"),
        spec("UAB Nemuno Duona", "LT", "Kaunas", SMB, "Food processing", -1),
        spec("UAB Klaipėdos Logistika", "LT", "Klaipėda", SMB, "Logistics", -1, "BRAND:KL Cargo"),
        spec("UAB Duomenų Centras LT", "LT", "Vilnius", KEY, "IT / data centre", -1),
        spec("UAB Šiaulių Plastikas", "LT", "Šiauliai", SMB, "Manufacturing", -1),
        spec("UAB Panevėžio Autoservisas", "LT", "Panevėžys", SMB, "Automotive", -1),
        spec("UAB Alytaus Mokymo Centras", "LT", "Alytus", PUBLIC, "Education", -1),
        spec("UAB Vėjo Technika", "LT", "Kaunas", SMB, "Construction", -1, "BRAND:KlimaPro"),
        spec("UAB Sveika Vaistinė", "LT", "Vilnius", SMB, "Pharmacy retail", -1),
        spec("UAB Neringos Poilsis", "LT", "Klaipėda", SMB, "Hospitality", -1),
        spec("UAB Baltų Spaustuvė", "LT", "Vilnius", SMB, "Printing", -1),
        spec("UAB Kauno Šaldytuvai", "LT", "Kaunas", SMB, "Cold storage", -1,
                "FORMER:UAB Šaldymo Sandėliai:2025-01-15"),
        spec("UAB Trakų Viešbutis", "LT", "Vilnius", SMB, "Hospitality", -1),
        spec("UAB Aukštaitijos Pienas", "LT", "Panevėžys", KEY, "Food processing", -1),
        spec("UAB Sostinės Biurų Parkas", "LT", "Vilnius", KEY, "Office real estate", -1),
        spec("UAB Mano Klinika", "LT", "Kaunas", SMB, "Healthcare", -1),
        spec("UAB Uosto Terminalas", "LT", "Klaipėda", KEY, "Logistics", -1),
        spec("UAB Vilniaus Restoranai", "LT", "Vilnius", SMB, "Hospitality", -1, "BRAND:Cepelinų Namai"),
        spec("UAB Kėdainių Grūdai", "LT", "Kėdainiai", SMB, "Agriculture", -1),
        spec("UAB Lazdynų Sporto Klubas", "LT", "Vilnius", SMB, "Sports and leisure", -1,
                "FORMER:UAB Fitneso Erdvė:2025-05-01"),
        spec("OOO Severny Kholod", "RU", "Daugavpils", SMB, "Cold storage", -1,
                "SPELLING:ООО Северный Холод"),
        spec("OOO Baltstroy Servis", "RU", "Daugavpils", SMB, "Construction", -1,
                "SPELLING:ООО Балтстрой Сервис"),
        spec("SIA Rīgas Biroji", "LV", "Rīga", SMB, "Office real estate", -1),
        spec("SIA Daugavpils Maiznīca", "LV", "Daugavpils", SMB, "Food processing", -1,
                "SPELLING:Даугавпилсская пекарня"),
        spec("SIA Jelgavas Serviss", "LV", "Jelgava", SMB, "Automotive", -1),
        spec("SIA Liepājas Ostas Serviss", "LV", "Liepāja", SMB, "Logistics", -1),
        spec("AS Latvijas Datu Centrs", "LV", "Rīga", KEY, "IT / data centre", -1,
                "FORMER:SIA LDC Serveri:2022-12-31", "BRAND:LDC"),
        spec("SIA Vidzemes Klīnika", "LV", "Valmiera", SMB, "Healthcare", -1),
        spec("SIA Jūrmalas SPA", "LV", "Jūrmala", SMB, "Hospitality", -1),
        spec("AS Baltic Cold Chain", "LV", "Rīga", KEY, "Logistics", -1, "BRAND:BCC"),
        spec("SIA Ventspils Tehnika", "LV", "Ventspils", SMB, "Manufacturing", -1),
        spec("SIA Zaļā Aptieka", "LV", "Rīga", SMB, "Pharmacy retail", -1,
                "FORMER:SIA Zaļā Aptieka un Partneri:2024-11-30"),
        spec("Jonas Petraitis", "LT", "Vilnius", PRIVATE, "Private household", -1),
        spec("Asta Jonaitienė", "LT", "Kaunas", PRIVATE, "Private household", -1),
        spec("Vytautas Mockus", "LT", "Klaipėda", PRIVATE, "Private household", -1),
        spec("Gintarė Lukošiūtė", "LT", "Vilnius", PRIVATE, "Private household", -1),
        spec("Irina Petrova", "LT", "Vilnius", PRIVATE, "Private household", -1,
                "SPELLING:Ирина Петрова"),
        spec("Andris Zariņš", "LV", "Rīga", PRIVATE, "Private household", -1),
        spec("Natalja Kuzņecova", "LV", "Daugavpils", PRIVATE, "Private household", -1,
                "SPELLING:Наталья Кузнецова"),
    };

    private static final String[] LT_MEN = {"Jonas", "Mantas", "Paulius", "Vytautas", "Marius", "Giedrius",
        "Karolis", "Rimantas", "Saulius", "Arūnas", "Žilvinas", "Evaldas"};
    private static final String[] LT_MEN_SURNAMES = {"Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas",
        "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas", "Navickas", "Ramanauskas", "Šimkus", "Rimkus"};
    private static final String[] LT_WOMEN = {"Rūta", "Eglė", "Greta", "Jurgita", "Inga", "Vilma", "Aistė",
        "Dalia", "Neringa", "Simona", "Živilė", "Laima"};
    private static final String[] LT_WOMEN_SURNAMES = {"Kazlauskienė", "Petrauskaitė", "Jankauskienė",
        "Urbonienė", "Navickaitė", "Stankevičienė", "Vasiliauskienė", "Žemaitytė", "Baranauskienė",
        "Kairytė", "Sakalauskienė", "Paulauskaitė"};
    private static final String[] LV_MEN = {"Jānis", "Andris", "Mārtiņš", "Edgars", "Kārlis", "Raimonds",
        "Uldis", "Aivars", "Gints", "Valdis"};
    private static final String[] LV_MEN_SURNAMES = {"Bērziņš", "Kalniņš", "Ozoliņš", "Jansons", "Liepiņš",
        "Krūmiņš", "Balodis", "Zariņš", "Pētersons", "Vītols"};
    private static final String[] LV_WOMEN = {"Ilze", "Inese", "Kristīne", "Līga", "Anda", "Dace", "Baiba",
        "Sanita", "Zane", "Laura"};
    private static final String[] LV_WOMEN_SURNAMES = {"Bērziņa", "Kalniņa", "Ozoliņa", "Jansone",
        "Liepiņa", "Krūmiņa", "Balode", "Zariņa", "Pētersone", "Vītola"};
    private static final String[] RU_MEN = {"Aleksandr", "Sergej", "Dmitrij", "Andrej", "Nikolaj", "Vladimir",
        "Igor", "Pavel"};
    private static final String[] RU_MEN_SURNAMES = {"Ivanov", "Smirnov", "Kuznecov", "Popov", "Sokolov",
        "Lebedev", "Kozlov", "Novikov"};
    private static final String[] RU_WOMEN = {"Olga", "Irina", "Jelena", "Tatjana", "Natalja", "Svetlana",
        "Marina", "Anna"};
    private static final String[] RU_WOMEN_SURNAMES = {"Ivanova", "Smirnova", "Kuznecova", "Popova",
        "Sokolova", "Lebedeva", "Kozlova", "Novikova"};

    // Lithuanian and Latvian job titles have a grammatical gender: index 0 men, 1 women.
    private static final String[][] LT_ROLES = {
        {"Direktorius", "Ūkio dalies vadovas", "Vyr. inžinierius", "Pirkimų vadovas", "Facility manager"},
        {"Direktorė", "Ūkio dalies vadovė", "Administratorė", "Buhalterė", "Pirkimų vadovė", "Office manager"},
    };
    private static final String[][] LV_ROLES = {
        {"Valdes loceklis", "Saimniecības vadītājs", "Galvenais inženieris", "Facility manager"},
        {"Valdes locekle", "Grāmatvede", "Biroja vadītāja", "Office manager"},
    };
    private static final String[][] RU_ROLES = {
        {"Директор", "Главный инженер", "Facility manager"},
        {"Директор", "Бухгалтер", "Офис-менеджер"},
    };

    private final DemoCompany company;
    private long nextClientId;
    private long nextContactId;

    DemoClients(DemoCompany company, long firstClientId, long firstContactId) {
        this.company = company;
        this.nextClientId = firstClientId;
        this.nextContactId = firstContactId;
    }

    void write() {
        List<Staff> sales = company.department("SAL").workers();
        Staff latvianSales = sales.stream().filter(s -> s.language().equals("lv")).findFirst().orElseThrow();
        Staff russianSales = sales.stream().filter(s -> s.language().equals("ru")).findFirst().orElseThrow();
        for (Spec spec : CATALOGUE) {
            Staff owner = switch (spec.country()) {
                case "LV" -> company.chance(0.8) ? latvianSales : company.pick(sales);
                case "RU" -> russianSales;
                default -> company.pick(sales);
            };
            writeClient(spec, owner);
        }
        writeInteractions();
    }

    private void writeClient(Spec spec, Staff owner) {
        long id = nextClientId++;
        boolean person = spec.segment().equals(PRIVATE);
        Instant created = company.now.minus(Duration.ofDays(company.between(100, 1500)))
                .minus(Duration.ofMinutes(company.random.nextInt(600)));
        Instant updated = company.chance(0.5) ? created : company.now.minus(Duration.ofDays(company.between(1, 95)));
        String registrationCode = person ? null : registrationCode(spec.country());
        String vatCode = person ? null : vatCode(spec.country(), registrationCode);
        Long parent = spec.parent() < 0 ? null : company.clients.get(spec.parent()).id();

        List<Contact> contacts = new ArrayList<>();
        String domain = SearchText.words(spec.name()).stream()
                .filter(w -> !List.of("uab", "sia", "as", "ooo").contains(w))
                .limit(2).reduce((a, b) -> a + "-" + b).orElse("client") + ".example";
        if (person) {
            String[] names = spec.name().split(" ");
            contacts.add(new Contact(nextContactId++, spec.name(), null, phone(spec.country()),
                    SearchText.fold(names[0]) + "." + SearchText.fold(names[1]) + "@mail.example", false));
        } else {
            int count = company.between(1, 4);
            for (int i = 0; i < count; i++) {
                boolean woman = company.chance(0.5);
                String[] name = personName(spec.country(), woman);
                String[][] roles = switch (spec.country()) {
                    case "LT" -> LT_ROLES;
                    case "LV" -> LV_ROLES;
                    default -> RU_ROLES;
                };
                String role = company.pick(roles[woman ? 1 : 0]);
                boolean left = i > 0 && company.chance(0.15);
                contacts.add(new Contact(nextContactId++, name[0] + " " + name[1], role, phone(spec.country()),
                        SearchText.fold(name[0]) + "." + SearchText.fold(name[1]) + "@" + domain, left));
            }
        }
        Client client = new Client(id, spec.name(), spec.country(), spec.region(), spec.segment(),
                spec.industry(), owner, contacts, person);
        company.clients.add(client);

        company.out.insert(DemoTable.CLIENTS, id, spec.name(), registrationCode, vatCode, spec.region(),
                spec.segment(), spec.industry(), parent, owner.id(), created, updated);
        List<String> aliasNames = new ArrayList<>();
        for (String alias : spec.aliases()) {
            String[] parts = alias.split(":");
            AliasKind kind = AliasKind.valueOf(parts[0]);
            LocalDate until = parts.length > 2 ? LocalDate.parse(parts[2]) : null;
            Instant aliasCreated = until == null ? created
                    : until.plusDays(1).atStartOfDay(DemoCompany.VILNIUS).toInstant();
            company.out.insert(DemoTable.CLIENT_ALIASES, id, parts[1], kind, until,
                    aliasCreated.isBefore(created) ? created : aliasCreated);
            aliasNames.add(parts[1]);
        }
        for (Contact contact : contacts) {
            company.out.insert(DemoTable.CONTACTS, contact.id(), id, contact.name(), contact.role(),
                    contact.phone(), contact.email(), contact.leftCompany(), created);
        }
        List<ClientSearchTokens.ContactText> contactTexts = contacts.stream()
                .map(c -> new ClientSearchTokens.ContactText(c.name(), c.phone(), c.email())).toList();
        for (String token : ClientSearchTokens.of(spec.name(), aliasNames, registrationCode, vatCode,
                contactTexts)) {
            company.out.insert(DemoTable.CLIENT_SEARCH_TOKENS, token, id);
        }
    }

    private String[] personName(String country, boolean woman) {
        boolean russianSpeaking = country.equals("RU") || company.chance(0.15);
        if (russianSpeaking) {
            return woman ? new String[] {company.pick(RU_WOMEN), company.pick(RU_WOMEN_SURNAMES)}
                    : new String[] {company.pick(RU_MEN), company.pick(RU_MEN_SURNAMES)};
        }
        if (country.equals("LV")) {
            return woman ? new String[] {company.pick(LV_WOMEN), company.pick(LV_WOMEN_SURNAMES)}
                    : new String[] {company.pick(LV_MEN), company.pick(LV_MEN_SURNAMES)};
        }
        return woman ? new String[] {company.pick(LT_WOMEN), company.pick(LT_WOMEN_SURNAMES)}
                : new String[] {company.pick(LT_MEN), company.pick(LT_MEN_SURNAMES)};
    }

    /** Mobile numbers as people write them: +370 6xx xxxxx in Lithuania, +371 2xxx xxxx in Latvia. */
    private String phone(String country) {
        if (country.equals("LT")) {
            return "+370 6" + digits(2) + " " + digits(5);
        }
        return "+371 2" + digits(3) + " " + digits(4);
    }

    private String registrationCode(String country) {
        return switch (country) {
            case "LT" -> "30" + digits(7);
            case "LV" -> "40003" + digits(6);
            default -> "102" + digits(10);
        };
    }

    private String vatCode(String country, String registrationCode) {
        return switch (country) {
            case "LT" -> "LT100" + digits(9);
            case "LV" -> "LV" + registrationCode;
            default -> null;
        };
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(company.random.nextInt(10));
        }
        return digits.toString();
    }

    // --- The client timeline ----------------------------------------------------------------------

    private static final String[] CALLS = {
        "Klientas skambino dėl remonto termino, paaiškinta, kad technikas atvyks šią savaitę.",
        "Called about the maintenance contract renewal; they want a price for next season.",
        "Skambutis: kondicionierius vėl laša vandenį, registruota remonto užklausa.",
        "Client asked whether the invoice can be split between two departments.",
        "Paskambino dėl naujo biuro kondicionavimo, susitarta dėl apžiūros.",
        "Called back about the error code E4 – advised to switch off and wait for the technician.",
        "Pasitikslinta, kas priims technikus objekte – apsaugos postas, 1 aukštas.",
    };
    private static final String[] EMAILS = {
        "Išsiųstas komercinis pasiūlymas 3 split sistemoms.",
        "Sent the maintenance report and photos of the filters.",
        "Klientas atsiuntė naują sąskaitų gavimo adresą.",
        "Emailed the delivery schedule for the outdoor units.",
        "Gautas patvirtinimas dėl profilaktikos datos.",
        "Client sent the floor plan for the installation survey.",
    };
    private static final String[] MEETINGS = {
        "Susitikimas objekte: aptarta VRF sistemos modernizacija.",
        "Meeting at the client's office about next year's service contract.",
        "Metinis susitikimas – aptartos kainos ir reakcijos laikai.",
        "Site walk with the facility manager: 12 indoor units, 2 need replacement.",
    };
    private static final String[] NOTES = {
        "Pasikeitė ūkio dalies vadovo telefono numeris – atnaujinta kontaktuose.",
        "Client prefers calls after 10:00; the building is closed on weekends.",
        "Pastaba: raktus technikams išduoda apsauga, reikia asmens dokumento.",
        "Payment terms 30 days agreed with the CFO.",
        "Objekte yra serverinė – remontas tik suderinus su IT skyriumi.",
    };
    private static final String[] COMPLAINTS = {
        "Skundas: technikas neatvyko sutartu laiku, klientas laukė visą dieną.",
        "Complaint: the unit was repaired twice and still does not cool.",
        "Skundas dėl sąskaitos – apskaičiuota dvigubai už tą patį darbą.",
        "Complaint about noise from the outdoor unit after installation.",
        "Klientas nepatenkintas, kad niekas nepaskambino dėl remonto termino.",
    };

    private void writeInteractions() {
        List<Staff> service = company.department("SRV").workers();
        int count = 160;
        for (int i = 0; i < count; i++) {
            Client client = company.pick(company.clients);
            double kind = company.random.nextDouble();
            String type;
            String summary;
            if (kind < 0.38) {
                type = "CALL";
                summary = company.pick(CALLS);
            } else if (kind < 0.66) {
                type = "EMAIL";
                summary = company.pick(EMAILS);
            } else if (kind < 0.78) {
                type = "MEETING";
                summary = company.pick(MEETINGS);
            } else if (kind < 0.91) {
                type = "NOTE";
                summary = company.pick(NOTES);
            } else {
                type = "COMPLAINT";
                summary = company.pick(COMPLAINTS);
            }
            Instant at = company.officeHoursAtOrBefore(
                    company.now.minus(Duration.ofMinutes(company.random.nextInt(90 * 24 * 60))));
            Staff by = company.chance(0.75) ? client.owner() : company.pick(service);
            List<Contact> current = client.currentContacts();
            Long contact = current.isEmpty() || type.equals("NOTE") ? null : company.pick(current).id();
            company.out.insert(DemoTable.INTERACTIONS, client.id(), contact, type, at, by.id(), summary, at);
        }
    }

    private static Spec spec(String name, String country, String region, String segment, String industry,
            int parent, String... aliases) {
        return new Spec(name, country, region, segment, industry, parent, aliases);
    }
}
