package app.baton.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** The SQL statements a call costs, from Hibernate's statistics (on in the test profile). */
public final class Statements {

    private Statements() {
    }

    /**
     * The fewest statements over a few runs of the call: a statement the server runs meanwhile for
     * something else, or the token lookup of a caller whose remembered identity
     * (baton.identity-cache.ttl, 5 s) ran out just then, is not the call's.
     */
    public static long fewestOf(int runs, EntityManagerFactory emf, Runnable call) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            fewest = Math.min(fewest, of(emf, call));
        }
        return fewest;
    }

    private static long of(EntityManagerFactory emf, Runnable call) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        call.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
