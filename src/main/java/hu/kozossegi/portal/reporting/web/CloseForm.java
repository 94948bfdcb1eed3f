package hu.kozossegi.portal.reporting.web;

import jakarta.validation.constraints.AssertTrue;

/** Closing a year needs the national office to confirm it has seen the completeness check's open points. */
record CloseForm(@AssertTrue(message = "{years.error.confirmRequired}") boolean confirmed) {

    static CloseForm empty() {
        return new CloseForm(false);
    }
}
