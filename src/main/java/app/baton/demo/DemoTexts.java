package app.baton.demo;

import app.baton.demo.DemoCompany.Client;
import app.baton.demo.DemoCompany.Contact;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What people of a Lithuanian service company write into requests: titles, descriptions,
 * notes and comments, in Lithuanian or English.
 */
final class DemoTexts {

    /** A title and the opening of a description; {client} and {region} are filled in. */
    record Wording(String title, String lead, boolean english) {
        String description(Client client, Contact contact) {
            String text = lead.replace("{client}", client.name()).replace("{region}", client.region());
            if (contact == null) {
                return text;
            }
            String phone = contact.phone() == null ? "" : (english ? ", " : ", tel. ") + contact.phone();
            return text + (english ? " Contact: " : " Kontaktinis asmuo: ") + contact.name() + phone + ".";
        }
    }


    private DemoTexts() {
    }

    // Titles per request type: Lithuanian first, then English. "{n}" becomes a small number.
    private static final String[][] REPAIR = {
        {"Kondicionierius neaušina – {n} vnt.", "Vidinis blokas laša vandenį", "Klaida E4 ant pulto",
            "Šildymo režimu neveikia lauko blokas", "Triukšmauja lauko blokas", "Neįsijungia kompresorius",
            "Iš vidinio bloko sklinda nemalonus kvapas"},
        {"Repair two indoor units", "Indoor unit leaking water", "Error code U4 on the remote",
            "Outdoor unit makes a loud noise", "Compressor does not start", "Server room unit not cooling"},
    };
    private static final String[][] MAINTENANCE = {
        {"Metinė profilaktika – {n} vnt.", "Filtrų valymas ir dezinfekcija", "Sezoninė VRF sistemos patikra",
            "Freono nuotėkio patikra (F dujos)"},
        {"Seasonal maintenance of VRF system", "Annual service – {n} split units", "Filter cleaning in the offices",
            "Leak check under the F-gas regulation"},
    };
    private static final String[][] CALLBACK = {
        {"Paskambinti klientui dėl remonto termino", "Klientas prašo perskambinti po 15:00",
            "Paaiškinti klientui klaidos kodą", "Perskambinti dėl šildymo nustatymų"},
        {"Call the client back about the repair date", "Client asks for a call about the error code",
            "Call back: remote control settings", "Call the facility manager about access"},
    };
    private static final String[][] SURVEY = {
        {"Apžiūra montavimui – biuras, {n} kab.", "Serverinės kondicionavimo apžiūra",
            "Objekto apžiūra – naujas restoranas", "Apžiūra: šilumos siurblys oras-oras"},
        {"Site survey for {n} split units", "Survey for server room cooling", "Installation survey – new warehouse",
            "Site visit for a heat pump installation"},
    };
    private static final String[][] INVOICE = {
        {"Išrašyti sąskaitą už montavimą", "Sąskaita už remontą", "Išrašyti sąskaitą už profilaktiką – {n} vnt.",
            "Sąskaita už papildomus darbus objekte"},
        {"Invoice for the installation", "Invoice for maintenance contract Q{q}", "Invoice the repair visit",
            "Invoice for extra work on site"},
    };
    private static final String[][] CREDIT_NOTE = {
        {"Kreditinė sąskaita – grąžintas blokas", "Kreditinė sąskaita dėl dvigubos sąskaitos"},
        {"Credit note for a duplicate invoice", "Credit note – returned indoor unit"},
    };
    private static final String[][] PAYMENT_REMINDER = {
        {"Priminti apie vėluojantį mokėjimą", "Priminimas: sąskaita neapmokėta 30 d."},
        {"Payment reminder – invoice overdue 30 days", "Remind the client about the unpaid invoice"},
    };
    private static final String[][] DELIVERY = {
        {"Pristatyti {n} vnt. Daikin FTXM35 į objektą", "Pristatyti lauko blokus į statybvietę",
            "Pristatyti montavimo medžiagas technikams"},
        {"Deliver {n} Mitsubishi MSZ-LN25 units to site", "Deliver outdoor units to the construction site",
            "Deliver installation materials to the team"},
    };
    private static final String[][] PICKUP = {
        {"Paimti sugedusį bloką iš kliento", "Išvežti senus blokus utilizuoti"},
        {"Pick up the faulty unit from the client", "Pickup of old units for recycling"},
    };
    private static final String[][] PURCHASE_ORDER = {
        {"Užsakyti {n} vnt. Mitsubishi MSZ-LN25", "Užsakyti varinį vamzdį 1/4\" – 50 m",
            "Užsakyti freono R32 balionus"},
        {"Order {n} Daikin outdoor units", "Order copper pipe 3/8\" – 50 m", "Order R32 refrigerant cylinders"},
    };
    private static final String[][] SPARE_PART = {
        {"Reikalinga valdymo plokštė vidiniam blokui", "Ventiliatoriaus variklis lauko blokui",
            "Reikalingas temperatūros daviklis"},
        {"Spare part: fan motor for outdoor unit", "Spare part: PCB for Toshiba indoor unit",
            "Spare part: expansion valve"},
    };
    private static final String[][] QUOTE = {
        {"Paruošti pasiūlymą – {n} kabinetai", "Pakoreguoti komercinį pasiūlymą",
            "Pasiūlymas senų blokų keitimui"},
        {"Quote for replacing the old units", "Prepare a quote for {n} offices", "Quote for a service contract"},
    };

    private static final String[] ON_SITE_LT = {
        "Klientas {client} ({region}) praneša apie gedimą, prašo atvykti kuo greičiau.",
        "{client}: susitarta telefonu, darbo laikas objekte 8–17 val.",
        "Objektas: {client}, {region}. Prieš atvykstant būtina paskambinti.",
    };
    private static final String[] ON_SITE_EN = {
        "{client} ({region}) reported the issue by phone and asks for a visit soon.",
        "{client}: agreed by phone, the site is open 8:00–17:00.",
        "Site: {client}, {region}. Please call before the visit.",
    };
    private static final String[] OFFICE_LT = {
        "Klientas: {client} ({region}). Užsakymas pasirašytas, žr. kliento kortelę.",
        "{client} – prašo skubiai, sutarties sąlygos standartinės.",
        "Dėl kliento {client}. Detalės – pridėtame laiške.",
    };
    private static final String[] OFFICE_EN = {
        "Client: {client} ({region}). The signed order is on the client's card.",
        "{client} asks for this urgently; standard contract terms.",
        "For {client}. Details in the attached email.",
    };

    static Wording wording(String type, boolean english, DemoCompany company) {
        String[][] titles = switch (type) {
            case "Repair" -> REPAIR;
            case "Maintenance" -> MAINTENANCE;
            case "Callback" -> CALLBACK;
            case "Installation survey" -> SURVEY;
            case "Invoice" -> INVOICE;
            case "Credit note" -> CREDIT_NOTE;
            case "Payment reminder" -> PAYMENT_REMINDER;
            case "Delivery" -> DELIVERY;
            case "Pickup" -> PICKUP;
            case "Purchase order" -> PURCHASE_ORDER;
            case "Spare part" -> SPARE_PART;
            default -> QUOTE;
        };
        String title = company.pick(titles[english ? 1 : 0])
                .replace("{n}", String.valueOf(company.between(2, 8)))
                .replace("{q}", String.valueOf(company.between(1, 4)));
        boolean onSite = List.of("Repair", "Maintenance", "Callback", "Installation survey", "Pickup")
                .contains(type);
        String lead = company.pick(onSite ? (english ? ON_SITE_EN : ON_SITE_LT) : (english ? OFFICE_EN : OFFICE_LT));
        return new Wording(title, lead, english);
    }

    static String counterProposal(boolean english, Instant proposed) {
        String date = proposed.atZone(DemoCompany.VILNIUS).toLocalDate().toString();
        return english ? "Can be done by " + date + ": the part has to be ordered first."
                : "Galime atlikti iki " + date + " – reikia užsakyti dalį.";
    }

    static String rejectReason(boolean english, DemoCompany company) {
        return company.pick(english ? new String[] {
            "Not our department – please send it to Procurement.",
            "Duplicate of an existing request for the same unit.",
            "The client has unpaid invoices; Accounting must approve first.",
            "No site address and no contact person – please add them and resubmit.",
        } : new String[] {
            "Trūksta objekto adreso ir kontaktinio asmens.",
            "Dubliuoja jau pateiktą užklausą.",
            "Klientas turi neapmokėtų sąskaitų – pirmiausia suderinkite su buhalterija.",
            "Ne mūsų skyriaus darbas – siųskite pirkimams.",
        });
    }

    static String cancelReason(boolean english, DemoCompany company) {
        return company.pick(english ? new String[] {
            "The client cancelled the order.", "Entered twice by mistake.", "The client solved it themselves.",
        } : new String[] {
            "Klientas atšaukė užsakymą.", "Sukurta per klaidą du kartus.", "Klientas rado kitą rangovą.",
        });
    }

    static String reopenNote(boolean english) {
        return english ? "The client called: it stopped cooling again." : "Klientas skambino – vėl neaušina.";
    }

    static String forwardNote(boolean english, String from, String to) {
        return english ? "Sent to " + from + " by mistake, forwarded to " + to + "."
                : "Ne mūsų skyriaus darbas (" + from + ") – persiunčiama į " + to + ".";
    }

    static String waitingNote(boolean english, String on, DemoCompany company) {
        if (on.equals("CLIENT")) {
            return company.pick(english ? new String[] {
                "Waiting for the client to confirm the visit time.", "The client is away until next week.",
                "Waiting for photos of the unit's nameplate.",
            } : new String[] {
                "Laukiame kliento patvirtinimo dėl laiko.", "Klientas atostogauja iki kitos savaitės.",
                "Laukiame bloko lentelės nuotraukos.",
            });
        }
        return company.pick(english ? new String[] {
            "Waiting for the spare part from Procurement.", "Waiting for Accounting to approve the credit limit.",
        } : new String[] {
            "Laukiame dalies iš tiekėjo (pirkimai).", "Laukiame buhalterijos patvirtinimo.",
        });
    }

    static String resolveNote(String type, boolean english, DemoCompany company) {
        return switch (type) {
            case "Repair", "Maintenance", "Installation survey" -> company.pick(english ? new String[] {
                "Replaced the condenser fan motor, the system works.", "Cleaned the drain, no more leaking.",
                "Refrigerant topped up, leak sealed.", "Work done, report signed by the client.",
            } : new String[] {
                "Pakeistas ventiliatoriaus variklis, sistema veikia.", "Išvalytas drenažas, nebelaša.",
                "Papildyta freono, nuotėkis sutvarkytas.", "Darbai atlikti, aktą klientas pasirašė.",
            });
            case "Callback" -> english ? "Called the client, agreed on the visit." : "Paskambinta, susitarta dėl vizito.";
            case "Invoice", "Credit note" -> english ? "Sent to the client by email." : "Išsiųsta klientui el. paštu.";
            case "Payment reminder" -> english ? "Reminder sent, the client promised to pay this week."
                    : "Priminimas išsiųstas, klientas žadėjo apmokėti šią savaitę.";
            default -> english ? "Done." : "Atlikta.";
        };
    }

    static String comment(boolean english, boolean fromReceiver, boolean internal, DemoCompany company) {
        if (internal) {
            return company.pick(english ? new String[] {
                "Check the warranty first – installed by us in 2023.", "Take the long ladder, the unit is at 4 m.",
                "Same client complained last month, handle with care.",
            } : new String[] {
                "Pirmiausia patikrinti garantiją – montavome 2023 m.", "Reikės ilgų kopėčių, blokas 4 m aukštyje.",
                "Klientas praeitą mėnesį skundėsi, būkite atidūs.",
            });
        }
        if (fromReceiver) {
            return company.pick(english ? new String[] {
                "Planned for Thursday morning.", "Could you confirm the site address?",
                "The part is on its way, expected in 2 days.",
            } : new String[] {
                "Suplanuota ketvirtadienio rytui.", "Gal galite patikslinti objekto adresą?",
                "Dalis jau pakeliui, tikimės per 2 d.",
            });
        }
        return company.pick(english ? new String[] {
            "The client called again – any news?", "Please keep me posted, it is a key account.",
            "The client prefers a visit after 10:00.",
        } : new String[] {
            "Klientas vėl skambino – ar yra naujienų?", "Prašau informuoti, tai svarbus klientas.",
            "Klientas prašo atvykti po 10 val.",
        });
    }

    /** English month abbreviations, spelled out here: loading locale data costs a cold start 0.1 s. */
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    static String promise(String type, boolean english, boolean tomorrow, ZonedDateTime due) {
        String time = twoDigits(due.getHour()) + ":" + twoDigits(due.getMinute());
        String day = english ? due.getDayOfMonth() + " " + MONTHS[due.getMonthValue() - 1] + " at "
                : twoDigits(due.getMonthValue()) + "-" + twoDigits(due.getDayOfMonth()) + " ";
        String when = tomorrow ? (english ? "tomorrow " : "rytoj ") + time : day + time;
        return switch (type) {
            case "Callback" -> english ? "Technician calls back " + when : "Technikas perskambins " + when;
            case "Delivery" -> english ? "Units delivered " + when : "Blokai bus pristatyti " + when;
            case "Installation survey" -> english ? "Site survey " + when : "Apžiūra objekte " + when;
            default -> english ? "Technician on site " + when : "Technikas atvyks " + when;
        };
    }

    static String salesPromise(boolean english, DemoCompany company) {
        return company.pick(english ? new String[] {
            "Send the updated quote by Friday", "Call back with the maintenance price",
            "Send the signed service contract",
        } : new String[] {
            "Atsiųsti atnaujintą pasiūlymą iki penktadienio", "Perskambinti dėl profilaktikos kainos",
            "Atsiųsti pasirašytą aptarnavimo sutartį",
        });
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}
