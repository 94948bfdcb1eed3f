package hu.kozossegi.portal.capacity.web;

import hu.kozossegi.portal.shared.web.FilterParams;
import java.time.LocalDate;

import hu.kozossegi.portal.capacity.internal.CapacityQueries.EnrolmentRow;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** Enrolling an organisation (organisation, day) and changing an enrolment (days, note); bound through setters. */
class EnrolmentForm {

    private Long version = 0L;
    @NotNull(message = "{enrolment.error.organisationRequired}")
    private Long organisationId;
    @NotNull(message = "{enrolment.error.enrolledOnRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate enrolledOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leftOn;
    @Size(max = 500, message = "{enrolment.error.noteTooLong}")
    private String note = "";

    static EnrolmentForm of(EnrolmentRow row) {
        EnrolmentForm form = new EnrolmentForm();
        form.version = row.version();
        form.organisationId = row.organisationId();
        form.enrolledOn = row.enrolledOn();
        form.leftOn = row.leftOn();
        form.note = row.note() == null ? "" : row.note();
        return form;
    }

    String trimmedNote() {
        return FilterParams.blankToNull(note);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
