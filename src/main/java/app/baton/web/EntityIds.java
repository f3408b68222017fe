package app.baton.web;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The id of an entity or of a lazy reference to one, read without loading it: views that show
 * only the id of a related row must not cost a query per row.
 */
public final class EntityIds {

    private EntityIds() {
    }

    public static Long of(Object entity) {
        if (entity == null) {
            return null;
        }
        return (Long) Panache.getEntityManager().getEntityManagerFactory().getPersistenceUnitUtil()
                .getIdentifier(entity);
    }
}
