package hu.kozossegi.portal.people.web;

import java.time.LocalDate;

import hu.kozossegi.portal.people.internal.WorkerInput;
import hu.kozossegi.portal.people.internal.WorkerKind;
import hu.kozossegi.portal.people.internal.WorkerRow;
import hu.kozossegi.portal.shared.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the worker form posts, bound through setters: an unknown kind or a join date that does not convert is a
 * {@code typeMismatch} error at its field with the typed text kept. The county, the settlement name and the
 * phone number are checked by the worker service (they need the register).
 */
class WorkerForm {

    @NotBlank(message = "{worker.error.nameRequired}")
    @Size(max = 120, message = "{worker.error.nameTooLong}")
    private String fullName = "";
    @Size(max = 10)
    private String county;
    @Size(max = 500, message = "{worker.error.settlementTooLong}")
    private String settlement = "";
    @NotNull(message = "{worker.error.kindRequired}")
    private WorkerKind kind;
    @Size(max = 200, message = "{worker.error.organisationTooLong}")
    private String organisation = "";
    @Size(max = 200, message = "{worker.error.email}")
    @Pattern(regexp = "^\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?\\s*$", message = "{worker.error.email}")
    private String email = "";
    @Size(max = 100, message = "{worker.error.phone}")
    private String phone = "";
    private boolean active = true;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE,
            fallbackPatterns = {"yyyy.MM.dd", "yyyy.MM.dd.", "yyyy. MM. dd", "yyyy. MM. dd."})
    @PlausibleDate(minYear = 1990, message = "{worker.error.joinedOnRange}")
    @PastOrPresent(message = "{worker.error.joinedOnRange}")
    private LocalDate joinedOn;
    @Size(max = 4000, message = "{worker.error.notesTooLong}")
    private String notes = "";
    private Long version;

    static WorkerForm empty(String county) {
        WorkerForm form = new WorkerForm();
        form.county = county;
        return form;
    }

    static WorkerForm of(WorkerRow row) {
        WorkerForm form = new WorkerForm();
        form.fullName = row.fullName();
        form.county = row.countyCode();
        form.settlement = nz(row.settlementName());
        form.kind = row.kind();
        form.organisation = nz(row.organisation());
        form.email = nz(row.email());
        form.phone = nz(row.phone());
        form.active = row.active();
        form.joinedOn = row.joinedOn();
        form.notes = nz(row.notes());
        form.version = row.version();
        return form;
    }

    WorkerInput input() {
        return new WorkerInput(fullName, county, settlement, kind, organisation, email, phone, active, joinedOn,
                notes);
    }

    Long version() {
        return version;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getSettlement() {
        return settlement;
    }

    public void setSettlement(String settlement) {
        this.settlement = settlement;
    }

    public WorkerKind getKind() {
        return kind;
    }

    public void setKind(WorkerKind kind) {
        this.kind = kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
