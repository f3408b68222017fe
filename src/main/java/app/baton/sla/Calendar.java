package app.baton.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A business calendar as stored; {@link #toBusinessCalendar()} gives the arithmetic over it. */
@Entity
@Table(name = "calendars")
public class Calendar extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "time_zone")
    public String timeZone;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
    public List<Hours> hours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "calendar_holidays", joinColumns = @JoinColumn(name = "calendar_id"))
    @Column(name = "day")
    public Set<LocalDate> holidays = new TreeSet<>();

    /** One opening interval of a weekday, in minutes after midnight (closes may be 1440, 24:00). */
    @Embeddable
    public static class Hours {

        @Enumerated(EnumType.STRING)
        @Column(name = "day_of_week")
        public DayOfWeek dayOfWeek;

        public int opens;
        public int closes;

        public Hours() {
        }

        public Hours(DayOfWeek dayOfWeek, int opens, int closes) {
            this.dayOfWeek = dayOfWeek;
            this.opens = opens;
            this.closes = closes;
        }
    }

    public Map<DayOfWeek, List<BusinessCalendar.Opening>> openings() {
        Map<DayOfWeek, List<BusinessCalendar.Opening>> byDay = new EnumMap<>(DayOfWeek.class);
        for (Hours h : hours) {
            byDay.computeIfAbsent(h.dayOfWeek, d -> new ArrayList<>()).add(new BusinessCalendar.Opening(h.opens, h.closes));
        }
        byDay.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(BusinessCalendar.Opening::opens)));
        return byDay;
    }

    public BusinessCalendar toBusinessCalendar() {
        return new BusinessCalendar(ZoneId.of(timeZone), openings(), holidays);
    }
}
