package app.baton.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after 5 failed logins for one account, or 20 from one client
 * address, within 15 minutes, further attempts are refused until the oldest failure is 15 minutes
 * old. Kept in memory, so each instance counts on its own: behind a load balancer with N
 * instances an attacker gets up to N times the attempts.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many tracked keys, expired ones are dropped, then the oldest. */
    static final int MAX_KEYS = 10_000;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** How long the caller must wait, if this attempt is refused. */
    public Optional<Duration> refusal(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(accountKey(email), ACCOUNT_LIMIT, now);
        Optional<Duration> client = wait(addressKey(address), ADDRESS_LIMIT, now);
        if (account.isPresent() && client.isPresent()) {
            return Optional.of(account.get().compareTo(client.get()) > 0 ? account.get() : client.get());
        }
        return account.isPresent() ? account : client;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        record(accountKey(email), now);
        record(addressKey(address), now);
        if (failures.size() > MAX_KEYS) {
            shrink(now);
        }
    }

    /** A right password clears the account's failures; the address keeps its count. */
    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    /** Forgets everything: for tests, which all log in from the same address. */
    void clear() {
        failures.clear();
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            // The attempt becomes possible again once enough failures have left the window.
            Instant freedAt = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(WINDOW);
            return Optional.of(Duration.between(now, freedAt));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > ADDRESS_LIMIT) {
                times.removeFirst();
            }
        }
    }

    private void shrink(Instant now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
        var it = failures.keySet().iterator();
        while (failures.size() > MAX_KEYS && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
