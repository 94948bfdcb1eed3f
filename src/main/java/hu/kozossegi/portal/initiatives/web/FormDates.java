package hu.kozossegi.portal.initiatives.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

/** Dates typed into the outcome and note forms: parsed here so that a bad one is a field error, not a 400 page. */
final class FormDates {

    private FormDates() {
    }

    /** The date in {@code value}, or null with a field error (or when the field already has one or is blank). */
    static LocalDate parse(String value, String field, BindingResult errors) {
        if (value == null || value.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                errors.rejectValue(field, "initiative.error.dateOutOfRange");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "initiative.error.dateInvalid");
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
