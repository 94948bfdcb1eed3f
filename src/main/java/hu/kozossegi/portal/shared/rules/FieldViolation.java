package hu.kozossegi.portal.shared.rules;

import java.util.Arrays;
import java.util.Objects;

/**
 * A broken rule that belongs to one form field: the field's name in the form, the message key and its
 * arguments. Services and aggregates raise it (inside {@link FieldViolationException}); the web layer puts
 * it on the {@code BindingResult} with {@code shared.web.FieldErrors}. Equal when field, key and arguments are.
 */
public record FieldViolation(String field, String messageKey, Object... args) {

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldViolation v && Objects.equals(field, v.field)
                && Objects.equals(messageKey, v.messageKey) && Arrays.equals(args, v.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return "FieldViolation[field=" + field + ", messageKey=" + messageKey + ", args=" + Arrays.toString(args) + "]";
    }
}
