package hu.kozossegi.portal.initiatives.internal;

import java.util.List;

/** An illegal change of an initiative; the controller shows the violations at their fields. */
public class InitiativeRuleException extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public InitiativeRuleException(List<RuleViolation> violations) {
        super("initiative rules violated: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
