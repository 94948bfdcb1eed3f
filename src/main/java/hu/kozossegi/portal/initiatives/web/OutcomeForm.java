package hu.kozossegi.portal.initiatives.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import hu.kozossegi.portal.initiatives.internal.OutcomeType;

record OutcomeForm(
        @NotNull(message = "{outcome.error.typeRequired}") OutcomeType type,
        @NotBlank(message = "{outcome.error.nameRequired}") @Size(max = 200, message = "{outcome.error.nameTooLong}") String name,
        @NotBlank(message = "{outcome.error.dateRequired}") String achievedOn,
        @Size(max = 5000, message = "{initiative.error.textTooLong}") String description) {

    static OutcomeForm empty() {
        return new OutcomeForm(null, "", "", "");
    }
}
