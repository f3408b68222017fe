package app.baton.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * A transaction of its own for work that only reads and renders, such as a page drawn after a
 * step that may have failed: what it loads is read-only and the session is never flushed
 * ({@link ReadsOnly}). The queue page's fifty requests with their clients, types and people were
 * otherwise snapshotted and dirty-checked at commit, 6.5% of the page's CPU in a profile.
 */
@ApplicationScoped
public class ReadOnlyTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @ReadsOnly
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
