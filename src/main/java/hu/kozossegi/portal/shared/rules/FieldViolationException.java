package hu.kozossegi.portal.shared.rules;

import java.util.List;

/**
 * Thrown by a service or aggregate asked to take an illegal state; nothing was changed. The controller
 * re-renders the form with the messages at the fields ({@code shared.web.FieldErrors#reject}).
 */
public class FieldViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public FieldViolationException(List<FieldViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public FieldViolationException(String field, String messageKey, Object... args) {
        this(List.of(new FieldViolation(field, messageKey, args)));
    }

    /** Throws when a rule check found anything; nothing is changed then. */
    public static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new FieldViolationException(violations);
        }
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
