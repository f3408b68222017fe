package app.baton.promise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the promise events the application fires, per promise, as the mail outbox would see them. */
@ApplicationScoped
public class PromiseEvents {

    private final Map<Long, AtomicInteger> reminders = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> overdues = new ConcurrentHashMap<>();

    void onReminder(@Observes PromiseReminderDue event) {
        reminders.computeIfAbsent(event.promise().id, id -> new AtomicInteger()).incrementAndGet();
    }

    void onOverdue(@Observes PromiseOverdue event) {
        overdues.computeIfAbsent(event.promise().id, id -> new AtomicInteger()).incrementAndGet();
    }

    public int reminders(long promiseId) {
        AtomicInteger n = reminders.get(promiseId);
        return n == null ? 0 : n.get();
    }

    public int overdues(long promiseId) {
        AtomicInteger n = overdues.get(promiseId);
        return n == null ? 0 : n.get();
    }
}
