package app.baton.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Creates the long HQL queries of request lists one first time at a time. Hibernate 6.6's HQL
 * parser (ANTLR) needs seconds and over a hundred megabytes for the first parse of a text with
 * nested conditions such as the visibility rule (docs/performance.md, "The first parse of a
 * query"); Hibernate then keeps the parsed form, and later creations cost microseconds. Four
 * requests parsing the same new text at once ran a 256 MB heap out of memory, so a text not
 * created before waits for any other first creation to finish. Most of that cost is paid once per
 * start, not per text (the parser's cache of grammar decisions fills): app.baton.ticket.ListQueryWarmup
 * creates the hot list texts through here right after the start, and a request arriving meanwhile
 * waits for the text in progress.
 */
public final class HqlQueries {

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
    private static final ReentrantLock FIRST_CREATION = new ReentrantLock();
    /** Texts are few (the person is a parameter); this only guards against a runaway. */
    private static final int REMEMBERED = 10_000;

    private HqlQueries() {
    }

    /** How many texts have been created so far (tests: whether a request met a text not parsed before). */
    public static int createdCount() {
        return CREATED.size();
    }

    public static <T> TypedQuery<T> create(EntityManager em, String hql, Class<T> type) {
        if (CREATED.contains(hql)) {
            return em.createQuery(hql, type);
        }
        FIRST_CREATION.lock();
        try {
            TypedQuery<T> query = em.createQuery(hql, type);
            if (CREATED.size() < REMEMBERED) {
                CREATED.add(hql);
            }
            return query;
        } finally {
            FIRST_CREATION.unlock();
        }
    }
}
