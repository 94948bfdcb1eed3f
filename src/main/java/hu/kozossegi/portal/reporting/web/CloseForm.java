package hu.kozossegi.portal.reporting.web;

import jakarta.validation.constraints.AssertTrue;

/**
 * Closing a year needs the national office to confirm it has seen the completeness check's open points. A
 * bean with a setter (as {@code PracticeForm}'s consent) so that an unticked, absent checkbox is validated too.
 */
class CloseForm {

    @AssertTrue(message = "{years.error.confirmRequired}")
    private boolean confirmed;

    static CloseForm empty() {
        return new CloseForm();
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
