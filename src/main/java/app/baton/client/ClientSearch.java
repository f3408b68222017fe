package app.baton.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Client search over client_search_tokens: every name, alias, code, contact name, email and
 * phone of a client is kept there as folded tokens, and each word of a query must prefix-match
 * one of them. A prefix LIKE on the token primary key is a range scan, so the search stays
 * index-driven however many clients there are.
 */
@ApplicationScoped
public class ClientSearch {

    public static final int MAX_QUERY = 200;

    /** Phones are also indexed by their last digits, so a number without its country code matches. */
    static final int PHONE_TAIL = ClientSearchTokens.PHONE_TAIL;

    private static final int PROBE_CAP = 1000;

    @Inject
    EntityManager em;

    @Inject
    ClientAccess access;

    public record Hits(List<Long> ids, long total) {
    }

    /** Replaces the client's tokens with those of its current names, codes and contacts. */
    public void index(Client client) {
        em.createNativeQuery("DELETE FROM client_search_tokens WHERE client_id = ?1")
                .setParameter(1, client.id).executeUpdate();
        List<String> tokens = new ArrayList<>(tokens(client));
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO client_search_tokens (token, client_id) VALUES ");
        for (int i = 0; i < tokens.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(i + 2).append(", ?1)");
        }
        Query insert = em.createNativeQuery(sql.toString()).setParameter(1, client.id);
        for (int i = 0; i < tokens.size(); i++) {
            insert.setParameter(i + 2, tokens.get(i));
        }
        insert.executeUpdate();
    }

    static Set<String> tokens(Client client) {
        return ClientSearchTokens.of(client.name, client.aliases.stream().map(a -> a.name).toList(),
                client.registrationCode, client.vatCode, client.contacts.stream()
                        .map(c -> new ClientSearchTokens.ContactText(c.name, c.phone, c.email)).toList());
    }

    /**
     * What a query must match: one entry per word, each with the token prefixes that satisfy it.
     * A query that is mostly digits (a phone or a code typed with spaces) is one digit string.
     */
    static List<List<String>> terms(String query) {
        String digits = SearchText.digits(query);
        long letters = query.codePoints().filter(Character::isLetter).count();
        if (digits.length() >= 3 && digits.length() >= 2 * letters) {
            String whole = ClientSearchTokens.cut(digits);
            return digits.length() > PHONE_TAIL
                    ? List.of(List.of(whole, digits.substring(digits.length() - PHONE_TAIL)))
                    : List.of(List.of(whole));
        }
        return SearchText.words(query).stream().map(List::of).toList();
    }

    /** One page of matching client ids, names starting with the query first, then by name. */
    public Hits find(String query, int page, int size) {
        List<List<String>> terms = query == null ? List.of() : terms(query);
        String visible = access.sqlCondition("c");
        if (terms.isEmpty()) {
            List<Long> ids = ids(em.createNativeQuery("SELECT c.id FROM clients c WHERE " + visible
                            + " ORDER BY c.name, c.id LIMIT :size OFFSET :offset")
                    .setParameter("size", size).setParameter("offset", (long) page * size));
            long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM clients c WHERE " + visible)
                    .getSingleResult()).longValue();
            return new Hits(ids, total);
        }
        // The rarest word drives (a range scan of its tokens); the others are checked per client
        // through the client_id index, so "rare common" costs as little as "rare".
        int driver = terms.size() == 1 ? 0 : rarest(terms);
        List<String> prefixes = new ArrayList<>();
        String matches = "(SELECT DISTINCT client_id FROM client_search_tokens WHERE "
                + condition("token", terms.get(driver), prefixes) + ") m JOIN clients c ON c.id = m.client_id WHERE "
                + visible;
        StringBuilder where = new StringBuilder(matches);
        for (int i = 0; i < terms.size(); i++) {
            if (i != driver) {
                where.append(" AND EXISTS (SELECT 1 FROM client_search_tokens t WHERE t.client_id = m.client_id AND ")
                        .append(condition("t.token", terms.get(i), prefixes)).append(")");
            }
        }
        Query select = em.createNativeQuery("SELECT c.id FROM " + where
                + " ORDER BY CASE WHEN c.name LIKE :start THEN 0 ELSE 1 END, c.name, c.id LIMIT :size OFFSET :offset");
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM " + where);
        for (int i = 0; i < prefixes.size(); i++) {
            select.setParameter("p" + i, prefixes.get(i));
            count.setParameter("p" + i, prefixes.get(i));
        }
        select.setParameter("start", likeEscape(query.trim()) + "%")
                .setParameter("size", size).setParameter("offset", (long) page * size);
        List<Long> ids = ids(select);
        // a short page that is not past the end holds the rest of the result: it is the count
        if (ids.size() < size && (page == 0 || !ids.isEmpty())) {
            return new Hits(ids, (long) page * size + ids.size());
        }
        return new Hits(ids, ((Number) count.getSingleResult()).longValue());
    }

    /** "(token LIKE :p3 OR token LIKE :p4)", adding the prefixes to bind. */
    private static String condition(String column, List<String> alternatives, List<String> prefixes) {
        StringBuilder condition = new StringBuilder("(");
        for (String prefix : alternatives) {
            condition.append(condition.length() > 1 ? " OR " : "").append(column).append(" LIKE :p").append(prefixes.size());
            prefixes.add(prefix + "%");
        }
        return condition.append(")").toString();
    }

    /**
     * The term with the fewest matching tokens, each counted only up to a cap so the probe stays
     * cheap; all terms in one statement (a former name has five words: one round trip, not five).
     */
    private int rarest(List<List<String>> terms) {
        List<String> prefixes = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM (SELECT 1 FROM client_search_tokens WHERE ")
                    .append(condition("token", terms.get(i), prefixes)).append(" LIMIT ").append(PROBE_CAP)
                    .append(") x").append(i).append(")");
        }
        Query probe = em.createNativeQuery(sql.toString());
        for (int p = 0; p < prefixes.size(); p++) {
            probe.setParameter("p" + p, prefixes.get(p));
        }
        Object[] found = (Object[]) probe.getSingleResult();
        int rarest = 0;
        for (int i = 1; i < found.length; i++) {
            if (((Number) found[i]).longValue() < ((Number) found[rarest]).longValue()) {
                rarest = i;
            }
        }
        return rarest;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Query query) {
        return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
    }
}
