package app.baton.web;

import java.util.List;

/** One page of a list answer: {items, page, size, total}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;
}
