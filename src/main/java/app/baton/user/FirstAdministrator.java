package app.baton.user;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** A new installation has nobody who could create users: BATON_ADMIN_EMAIL/PASSWORD make the first. */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    @ConfigProperty(name = "baton.admin.email")
    Optional<String> email;

    @ConfigProperty(name = "baton.admin.password")
    Optional<String> password;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(FirstAdministrator::anyUser)) {
            return;
        }
        if (email.isEmpty() || email.get().isBlank() || password.isEmpty() || password.get().isBlank()) {
            LOG.warn("No users yet: set BATON_ADMIN_EMAIL and BATON_ADMIN_PASSWORD to create the first administrator");
            return;
        }
        createFirst();
    }

    /**
     * In plain SQL: as the start's first query in HQL, User.count() initialised Hibernate's query
     * parser on the thread every start waits for (4% of it); the list queries' background parse
     * pays that instead (docs/performance.md, "A trained class-data archive").
     */
    private static boolean anyUser() {
        return ((Number) User.getEntityManager().createNativeQuery("select exists (select 1 from users)")
                .getSingleResult()).intValue() > 0;
    }

    /** Creates the configured administrator, or finds that another instance just did. */
    void createFirst() {
        try {
            QuarkusTransaction.requiringNew().run(this::create);
            LOG.infof("Created the first administrator %s", email.get().trim().toLowerCase());
        } catch (PersistenceException e) {
            // Two instances started together on an empty database (a deployment with replicas):
            // the other one made the same person first, and the unique e-mail refused ours.
            if (!QuarkusTransaction.requiringNew().call(FirstAdministrator::anyUser)) {
                throw e;
            }
            LOG.info("Another instance created the first administrator");
        }
    }

    private void create() {
        User admin = new User();
        admin.email = email.get().trim().toLowerCase();
        admin.name = "Administrator";
        admin.passwordHash = passwords.hash(password.get());
        admin.roles.add(Role.ADMIN);
        admin.roles.add(Role.STAFF);
        admin.createdAt = clock.instant();
        admin.persistAndFlush();
    }
}
