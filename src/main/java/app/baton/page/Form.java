package app.baton.page;

import app.baton.web.Problem;
import app.baton.web.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a person typed into a form and what was wrong with it, so that a refused form comes
 * back with every value kept and each error next to its field.
 */
public class Form {

    /** Which form on the page the values belong to (a ticket page has one per action). */
    public final String name;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Form(String name) {
        this.name = name;
    }

    public static Form empty() {
        return new Form("");
    }

    public Form with(String field, String value) {
        values.put(field, value);
        return this;
    }

    public Form error(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** The service's field errors; fields it names that the form does not have go on the form itself. */
    public Form errors(ProblemException e) {
        Problem problem = e.toProblem();
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return error("_form", problem.detail());
        }
        problem.errors().forEach(err -> error(err.field(), err.message()));
        return this;
    }

    public boolean is(String formName) {
        return name.equals(formName);
    }

    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    /** The kept value only when this is the form it was typed into. */
    public String value(String formName, String field) {
        return is(formName) ? value(field) : "";
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String errorOf(String field) {
        String error = errors.get(field);
        return error == null ? "" : error;
    }

    public String errorOf(String formName, String field) {
        return is(formName) ? errorOf(field) : "";
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Bean validation of a service's request body, as the API does it, with errors named by form field. */
    public boolean validate(Validator validator, Object body, Map<String, String> renames) {
        return validate(validator, body, renames, ConstraintViolation::getMessage);
    }

    /** The same, with each violation worded by {@code wording} (in the person's language). */
    public boolean validate(Validator validator, Object body, Map<String, String> renames,
            java.util.function.Function<ConstraintViolation<?>, String> wording) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(body);
        for (ConstraintViolation<?> v : violations) {
            String field = v.getPropertyPath().toString();
            error(renames.getOrDefault(field, field), wording.apply(v));
        }
        return violations.isEmpty();
    }

    /** Renames the fields errors were reported on (the API's names) to the form's field names. */
    public Form renameErrors(Map<String, String> renames) {
        Map<String, String> copy = new LinkedHashMap<>(errors);
        errors.clear();
        copy.forEach((field, message) -> error(renames.getOrDefault(field, field), message));
        return this;
    }

    /** Several chosen values (checkboxes, a multiple select) kept as one comma-separated value. */
    public Form withAll(String field, java.util.Collection<?> chosen) {
        return with(field, chosen == null ? "" : chosen.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")));
    }

    /** Whether {@code option} is among the values chosen for {@code field}. */
    public boolean has(String field, Object option) {
        return option != null && java.util.Arrays.asList(value(field).split(",")).contains(String.valueOf(option));
    }
}
