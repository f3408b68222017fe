package app.baton.page;

import app.baton.ticket.Priority;
import app.baton.ticket.TicketStatus;
import app.baton.user.CurrentUser;
import app.baton.user.User;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.Clock;
import io.quarkus.qute.TemplateData;

/**
 * What every page needs to know about the person looking at it: who they are, their language
 * and time zone. Templates reach it as {@code inject:page}; dates are always shown through it
 * so that everybody sees their own local time.
 * <p>
 * {@code @TemplateData}: Qute generated a resolver for only some of its methods and reached the
 * others (a row's priority, status, due time) by reflection, 7% of the queue page's CPU in a
 * profile; with the annotation every public method has generated code.
 */
@RequestScoped
@Named("page")
@TemplateData
public class PageContext {

    /** The languages pages are written in; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "lt", "lv", "ru");

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    private User user;
    private boolean userLoaded;
    private Locale locale;
    private Msg msg;
    private final Map<TicketStatus, String> statusLabels = new EnumMap<>(TicketStatus.class);
    private final Map<Priority, String> priorityLabels = new EnumMap<>(Priority.class);

    /** The signed-in person, or null on pages anyone may see. */
    public User user() {
        if (!userLoaded) {
            userLoaded = true;
            // an error answered before any resource matched runs on the I/O thread, where the
            // identity cannot be resolved: that page is shown as to a visitor, in the browser's language
            if (io.vertx.core.Context.isOnEventLoopThread()) {
                return null;
            }
            // the request's one read of the person, with the departments the pages list and the
            // searches' visibility rule needs: read by id here, the person and their departments
            // were two statements more on every page
            user = currentUser.orNull();
        }
        return user;
    }

    public boolean signedIn() {
        return user() != null;
    }

    /** Administrators see the /admin pages and the link to them. */
    public boolean admin() {
        User u = user();
        return u != null && u.hasRole(app.baton.user.Role.ADMIN);
    }

    /** Admin pages call this first: anyone else gets the friendly 403 page. */
    public void requireAdmin() {
        if (!admin()) {
            throw app.baton.web.ProblemException.forbidden("Only administrators may use the admin pages");
        }
    }

    /** The person's own language setting; without a session, the browser's Accept-Language. */
    public Locale locale() {
        if (locale == null) {
            User u = user();
            String tag = u != null && LANGUAGES.contains(u.language) ? u.language : fromBrowser();
            locale = Locale.forLanguageTag(tag);
        }
        return locale;
    }

    public List<String> languages() {
        return LANGUAGES;
    }

    /** Each language is named in itself, so that anyone can find their own. */
    public String languageName(String tag) {
        return switch (tag) {
            case "lt" -> "Lietuvių";
            case "lv" -> "Latviešu";
            case "ru" -> "Русский";
            default -> "English";
        };
    }

    /** Ticket actions whose form needs nothing but an optional note. */
    public List<String> simpleActions() {
        return List.of("start", "resume", "resolve", "close", "reopen");
    }

    public String language() {
        return locale().getLanguage();
    }

    private String fromBrowser() {
        String header = request.getCurrent() == null ? null
                : request.getCurrent().request().getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return LANGUAGES.get(0);
        }
        try {
            String found = Locale.lookupTag(Locale.LanguageRange.parse(header), LANGUAGES);
            return found == null ? LANGUAGES.get(0) : found;
        } catch (IllegalArgumentException e) {
            return LANGUAGES.get(0);
        }
    }

    public ZoneId zone() {
        User u = user();
        if (u != null && u.timeZone != null) {
            try {
                return ZoneId.of(u.timeZone);
            } catch (DateTimeException e) {
                // fall through to the company default
            }
        }
        return ZoneId.of("Europe/Vilnius");
    }

    /** The page texts in this person's language, for Java code; templates use {msg:...}. */
    public Msg msg() {
        if (msg == null) {
            msg = MessageBundles.get(Msg.class, Localized.Literal.of(language()));
        }
        return msg;
    }

    /**
     * One area's texts in this person's language, for Java code: {@code texts(AdminMsg.class)};
     * templates use the bundle's namespace ({admin:...}).
     */
    public <B> B texts(Class<B> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(language()));
    }

    /**
     * A request's status in this person's language, each translated once per page. In a list,
     * {@code {msg:status(t.status)}} costs a row a search through the bundle's
     * message names and a render of the message's template (a third of the queue page's CPU).
     */
    public String status(TicketStatus status) {
        return status == null ? "" : statusLabels.computeIfAbsent(status, s -> msg().status(s));
    }

    /** A priority in this person's language, each translated once per page (see {@link #status}). */
    public String priority(Priority priority) {
        return priority == null ? "" : priorityLabels.computeIfAbsent(priority, p -> msg().priority(p));
    }

    /** Renders a page in this person's language. */
    public String render(TemplateInstance page) {
        return page.setLocale(locale()).render();
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    // --- dates and times, in the person's time zone and language -------------------------------

    public String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(at);
    }

    public String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(zone()).format(at);
    }

    /** A calendar day (no time of day, so no zone), in the person's language. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** For the machine-readable datetime attribute of a time element. */
    public String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    /** The value of a datetime-local input: the instant as a wall-clock time in the person's zone. */
    public String inputValue(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                LocalDateTime.ofInstant(at, zone()).withSecond(0).withNano(0)).substring(0, 16);
    }

    /** A datetime-local input read in the person's zone; null when blank, exception when malformed. */
    public Instant parseInput(String text) throws DateTimeParseException {
        if (text == null || text.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(text.trim()).atZone(zone()).toInstant();
    }

    /** "2 d 3 h left" or "45 min overdue". */
    public String timeLeft(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(now(), due);
        String amount = amount(left.abs());
        return left.isNegative() ? msg().time_overdue(amount) : msg().time_left(amount);
    }

    /** A length of time given in minutes, as "2 d 3 h" or "37 min"; a dash when there is none. */
    public String minutes(Long minutes) {
        if (minutes == null) {
            return "–";
        }
        return minutes == 0 ? "0 " + msg().unit_minutes() : amount(Duration.ofMinutes(minutes));
    }

    /** "Monday" in the person's language. */
    public String dayName(Object day) {
        java.time.DayOfWeek d = day instanceof java.time.DayOfWeek dow ? dow : java.time.DayOfWeek.valueOf(day.toString());
        return d.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale());
    }

    /** A share in percent (85.5 → "85.5%" in English, "85,5 %" in Lithuanian); a dash when there is none. */
    public String percent(Double percent) {
        return percent(percent, locale());
    }

    static String percent(Double percent, Locale locale) {
        if (percent == null) {
            return "–";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(percent / 100.0);
    }

    /** "340 KB", "2.4 MB": file sizes as people read them. */
    public String fileSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return msg().size_kb(String.valueOf(Math.max(1, (bytes + 1023) / 1024)));
        }
        return msg().size_mb(String.format(locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    public boolean past(Instant at) {
        return at != null && at.isBefore(now());
    }

    private String amount(Duration d) {
        Msg m = msg();
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " " + m.unit_days() + (hours > 0 ? " " + hours + " " + m.unit_hours() : "");
        }
        if (hours > 0) {
            return hours + " " + m.unit_hours() + (minutes > 0 ? " " + minutes + " " + m.unit_minutes() : "");
        }
        return Math.max(minutes, 1) + " " + m.unit_minutes();
    }
}
