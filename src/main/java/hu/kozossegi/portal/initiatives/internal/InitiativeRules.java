package hu.kozossegi.portal.initiatives.internal;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import hu.kozossegi.portal.initiatives.InitiativeStatus;

/** The rules an initiative guards (DESIGN.md section 3 and issue 4), as data the form can show. */
public final class InitiativeRules {

    private InitiativeRules() {
    }

    /**
     * Violations of status and date rules: a start date unless PLANNED, an end date for CLOSED and ABANDONED,
     * the end not before the start, no outcomes while PLANNED, no outcome before the start.
     */
    public static List<FieldViolation> check(InitiativeStatus status, LocalDate start, LocalDate end,
            int outcomeCount, LocalDate earliestOutcome) {
        List<FieldViolation> violations = new ArrayList<>();
        if (status == null) {
            return violations;
        }
        if (start == null && status != InitiativeStatus.PLANNED) {
            violations.add(new FieldViolation("startDate", "initiative.error.startRequired"));
        }
        if (end == null && status.ended()) {
            violations.add(new FieldViolation("endDate", "initiative.error.endRequired"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(new FieldViolation("endDate", "initiative.error.endBeforeStart"));
        }
        if (status == InitiativeStatus.PLANNED && outcomeCount > 0) {
            violations.add(new FieldViolation("status", "initiative.error.plannedWithOutcomes"));
        }
        if (start != null && earliestOutcome != null && earliestOutcome.isBefore(start)) {
            violations.add(new FieldViolation("startDate", "initiative.error.startAfterOutcome"));
        }
        return violations;
    }

    /** Violations of adding an outcome achieved on {@code achievedOn}. */
    public static List<FieldViolation> checkOutcome(InitiativeStatus status, LocalDate start, LocalDate achievedOn) {
        List<FieldViolation> violations = new ArrayList<>();
        if (status == InitiativeStatus.PLANNED) {
            violations.add(new FieldViolation("achievedOn", "outcome.error.planned"));
        } else if (achievedOn != null && start != null && achievedOn.isBefore(start)) {
            violations.add(new FieldViolation("achievedOn", "outcome.error.beforeStart"));
        }
        return violations;
    }
}
