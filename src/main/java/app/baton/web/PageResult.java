package app.baton.web;

import java.util.List;

/** One page of a list answer: {items, page, size, total}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    /** The same page with each item turned into something else. */
    public <R> PageResult<R> map(java.util.function.Function<? super T, ? extends R> mapper) {
        return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
