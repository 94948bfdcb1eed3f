package hu.kozossegi.portal.people.internal;

/** A validation failure at a form field: message key and arguments. */
public record FieldProblem(String field, String key, Object... args) {
}
