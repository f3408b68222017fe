package app.baton.support;

import app.baton.escalation.EscalationRaised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every EscalationRaised event the application fired, as tests see them: (key, deadline, level, at). */
@ApplicationScoped
public class RaisedEscalations {

    public record Raised(String key, String deadline, String level, Instant at) {
    }

    private final List<Raised> raised = new CopyOnWriteArrayList<>();

    void on(@Observes EscalationRaised event) {
        raised.add(new Raised(event.ticket().key, event.deadline().name(), event.level().name(), event.at()));
    }

    public List<Raised> of(String key) {
        return raised.stream().filter(r -> r.key().equals(key)).toList();
    }

    public List<Raised> all() {
        return List.copyOf(raised);
    }
}
