package app.baton.web;

/** Optimistic locking for writes that carry the version the caller last saw. */
public final class Versions {

    private Versions() {
    }

    /** A write with a version older than the stored one would silently undo someone's change. */
    public static void check(Long expected, long actual, String what) {
        if (expected != null && expected != actual) {
            throw ProblemException.staleVersion(what);
        }
    }
}
