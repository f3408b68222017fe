package app.baton.web;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of an HQL {@code in} list as one positional parameter each, padded to a power of
 * two. Hibernate 6.6 keeps no query plan for a query with a list-valued parameter (its SQL
 * changes with the list's length), so {@code e.ticket.id in ?1} built its SQL again on every
 * call: 46% of the queue's escalation read in a profile (docs/performance.md, change 30). With
 * {@code in (?1, ?2, ...)} each length has a plan of its own, and repeating the last value up
 * to the next power of two keeps the lengths few: a page of 50 always asks 64.
 */
public final class InList {

    private final List<Object> values;

    private InList(List<Object> values) {
        this.values = values;
    }

    /** At least one value: an empty {@code in ()} is not HQL, and callers answer empty lists first. */
    public static InList of(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an in list needs a value");
        }
        List<Object> padded = new ArrayList<>(values);
        int length = Integer.highestOneBit(padded.size());
        if (length < padded.size()) {
            length <<= 1;
        }
        Object last = padded.get(padded.size() - 1);
        while (padded.size() < length) {
            padded.add(last);
        }
        return new InList(padded);
    }

    /** {@code (?first, ?first+1, ...)}, to put after {@code in} in a query's text. */
    public String placeholders(int first) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "?" : ", ?").append(first + i);
        }
        return text.append(')').toString();
    }

    /**
     * {@code (:name0, :name1, ...)}: the named form, for conditions that are added to a query
     * whose other parameters are named ({@link #parameters(String)} gives their values).
     */
    public String placeholders(String name) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return text.append(')').toString();
    }

    /** The values of {@link #placeholders(String)} by parameter name. */
    public Map<String, Object> parameters(String name) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            parameters.put(name + i, values.get(i));
        }
        return parameters;
    }

    /** The values in the placeholders' order, for Panache's {@code find(query, params...)}. */
    public Object[] values() {
        return values.toArray();
    }

    /** Binds the values to the placeholders from {@code first} on. */
    public <Q extends Query> Q bind(Q query, int first) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }
}
