package hu.kozossegi.portal.activities.internal;

import java.util.List;

/** Thrown by an aggregate asked to take an illegal state; controllers show the messages at the fields. */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleViolation> violations;

    public RuleViolationException(List<RuleViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
