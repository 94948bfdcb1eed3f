package hu.kozossegi.portal.initiatives.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ProgrammeForm(
        Long version,
        @NotBlank(message = "{programme.error.nameRequired}") @Size(max = 200, message = "{programme.error.tooLong}") String name,
        @NotBlank(message = "{programme.error.funderRequired}") @Size(max = 200, message = "{programme.error.tooLong}") String funder,
        @NotNull(message = "{programme.error.firstYearRequired}") @Min(value = 1990, message = "{programme.error.yearRange}") @Max(value = 2100, message = "{programme.error.yearRange}") Integer firstYear,
        @Min(value = 1990, message = "{programme.error.yearRange}") @Max(value = 2100, message = "{programme.error.yearRange}") Integer lastYear,
        @Size(max = 5000, message = "{initiative.error.textTooLong}") String description) {

    static ProgrammeForm empty() {
        return new ProgrammeForm(0L, "", "", null, null, "");
    }
}
