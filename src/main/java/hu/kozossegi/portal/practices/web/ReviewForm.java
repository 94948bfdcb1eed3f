package hu.kozossegi.portal.practices.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The national office's decision on a submitted practice. */
class ReviewForm {

    enum Decision { RETURN, ACCREDIT, REJECT }

    @NotNull(message = "{practice.review.error.decisionRequired}")
    private Decision decision;
    @Size(max = 4000, message = "{practice.error.tooLong}")
    private String comment = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate accreditedOn;
    @Size(max = 40, message = "{practice.error.tooLong}")
    private String accreditationNumber = "";
    private Long version;

    static ReviewForm suggested() {
        ReviewForm form = new ReviewForm();
        form.accreditedOn = LocalDate.now();
        return form;
    }

    /** The rules that depend on the decision: a comment to return, a reason to reject, date and number to accredit. */
    void check(BindingResult errors) {
        if (decision == Decision.RETURN && isBlank(comment)) {
            errors.rejectValue("comment", "practice.error.commentRequired");
        }
        if (decision == Decision.REJECT && isBlank(comment)) {
            errors.rejectValue("comment", "practice.error.reasonRequired");
        }
        if (decision == Decision.ACCREDIT) {
            if (accreditedOn == null && !errors.hasFieldErrors("accreditedOn")) {
                errors.rejectValue("accreditedOn", "practice.review.error.dateRequired");
            }
            if (isBlank(accreditationNumber) && !errors.hasFieldErrors("accreditationNumber")) {
                errors.rejectValue("accreditationNumber", "practice.review.error.numberRequired");
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public Decision getDecision() { return decision; }
    public void setDecision(Decision decision) { this.decision = decision; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public LocalDate getAccreditedOn() { return accreditedOn; }
    public void setAccreditedOn(LocalDate accreditedOn) { this.accreditedOn = accreditedOn; }
    public String getAccreditationNumber() { return accreditationNumber; }
    public void setAccreditationNumber(String accreditationNumber) { this.accreditationNumber = accreditationNumber; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
