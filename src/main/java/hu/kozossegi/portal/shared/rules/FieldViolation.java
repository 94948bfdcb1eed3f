package hu.kozossegi.portal.shared.rules;

/**
 * A broken rule that belongs to one form field: the field's name in the form, the message key and its
 * arguments. Services and aggregates raise it (inside {@link FieldViolationException}); the web layer puts
 * it on the {@code BindingResult} with {@code shared.web.FieldErrors}.
 */
public record FieldViolation(String field, String messageKey, Object... args) {
}
