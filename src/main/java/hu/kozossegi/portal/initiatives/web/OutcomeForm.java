package hu.kozossegi.portal.initiatives.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.kozossegi.portal.initiatives.internal.Outcome;
import hu.kozossegi.portal.initiatives.internal.OutcomeType;
import org.springframework.validation.BindingResult;

/**
 * Adding an outcome (version unused) and correcting one (version of the outcome the form was opened on). Every
 * component is text, so that no typed value can fail the record's construction: an unknown type or version would
 * otherwise skip validation and lose the field errors when the form is shown again.
 */
record OutcomeForm(
        String version,
        @NotBlank(message = "{outcome.error.typeRequired}") String type,
        @NotBlank(message = "{outcome.error.nameRequired}") @Size(max = 200, message = "{outcome.error.nameTooLong}") String name,
        @NotBlank(message = "{outcome.error.dateRequired}") String achievedOn,
        @Size(max = 5000, message = "{initiative.error.textTooLong}") String description) {

    static OutcomeForm empty() {
        return new OutcomeForm(null, null, "", "", "");
    }

    static OutcomeForm of(Outcome outcome) {
        return new OutcomeForm(Long.toString(outcome.getVersion()), outcome.getType().name(), outcome.getName(),
                outcome.getAchievedOn().toString(), outcome.getDescription() == null ? "" : outcome.getDescription());
    }

    OutcomeForm withVersion(String newVersion) {
        return new OutcomeForm(newVersion, type, name, achievedOn, description);
    }

    /** The chosen type, or null when none or an unknown one was sent. */
    OutcomeType outcomeType() {
        for (OutcomeType t : OutcomeType.values()) {
            if (t.name().equals(type)) {
                return t;
            }
        }
        return null;
    }

    /** The chosen type; an unknown one is a field error like a missing one. */
    OutcomeType checkedType(BindingResult errors) {
        OutcomeType chosen = outcomeType();
        if (chosen == null && !errors.hasFieldErrors("type")) {
            errors.rejectValue("type", "outcome.error.typeRequired");
        }
        return chosen;
    }
}
