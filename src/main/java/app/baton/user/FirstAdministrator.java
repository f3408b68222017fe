package app.baton.user;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    @Transactional
    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent event) {
        if (User.count() > 0) {
            return;
        }
        if (email.isEmpty() || email.get().isBlank() || password.isEmpty() || password.get().isBlank()) {
            LOG.warn("No users yet: set BATON_ADMIN_EMAIL and BATON_ADMIN_PASSWORD to create the first administrator");
            return;
        }
        User admin = new User();
        admin.email = email.get().trim().toLowerCase();
        admin.name = "Administrator";
        admin.passwordHash = passwords.hash(password.get());
        admin.roles.add(Role.ADMIN);
        admin.roles.add(Role.STAFF);
        admin.createdAt = clock.instant();
        admin.persist();
        LOG.infof("Created the first administrator %s", admin.email);
    }
}
