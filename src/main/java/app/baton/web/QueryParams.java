package app.baton.web;

/**
 * Query parameters read as numbers and ids the same way by every search: a blank value means
 * "not given", anything else that is not a number in range is a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public static int integer(String name, String text, int fallback, int min, int max) {
        if (blankToNull(text) == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw ProblemException.badField(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "must be a whole number");
        }
    }

    public static Long id(String name, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "must be an id (a whole number)");
        }
    }
}
