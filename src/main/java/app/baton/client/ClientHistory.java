package app.baton.client;

import app.baton.user.CurrentUser;
import app.baton.web.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Records audited field changes of client cards, in the transaction of the change itself. */
@ApplicationScoped
public class ClientHistory {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    public record ChangeView(Long id, Instant at, Long actor, ChangedEntity entity, Long entityId, String field,
            String oldValue, String newValue, Long revertOf) {
        public static ChangeView of(ClientChange change) {
            return new ChangeView(change.id, change.at, change.actorId, change.entity, change.entityId, change.field,
                    change.oldValue, change.newValue, change.revertsId);
        }
    }

    /** Writes a change unless the value stayed the same; answers it, or null when nothing changed. */
    public ClientChange record(long clientId, ChangedEntity entity, long entityId, String field,
            String oldValue, String newValue, Long reverts) {
        if (Objects.equals(oldValue, newValue)) {
            return null;
        }
        ClientChange change = new ClientChange();
        change.clientId = clientId;
        change.entity = entity;
        change.entityId = entityId;
        change.field = field;
        change.oldValue = oldValue;
        change.newValue = newValue;
        change.at = clock.instant();
        change.actorId = currentUser.id();
        change.revertsId = reverts;
        change.persist();
        return change;
    }

    public PageResult<ChangeView> page(long clientId, int page, int size) {
        PanacheQuery<ClientChange> query = ClientChange.<ClientChange>find("clientId", Sort.descending("at", "id"), clientId)
                .page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(ChangeView::of).toList(), page, size, query.count());
    }
}
