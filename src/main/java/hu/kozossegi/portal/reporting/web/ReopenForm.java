package hu.kozossegi.portal.reporting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ReopenForm(
        @NotBlank(message = "{years.error.reasonRequired}") @Size(max = 2000, message = "{years.error.reasonTooLong}")
        String reason) {

    static ReopenForm empty() {
        return new ReopenForm("");
    }
}
