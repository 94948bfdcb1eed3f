package hu.kozossegi.portal.initiatives.web;

import java.time.LocalDate;

import hu.kozossegi.portal.initiatives.internal.Outcome;
import hu.kozossegi.portal.initiatives.internal.OutcomeType;
import hu.kozossegi.portal.shared.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Adding an outcome (version unused) and correcting one (version of the outcome the form was opened on), bound
 * through setters: an unknown type or a date that does not convert is a {@code typeMismatch} error at its field,
 * the typed text kept. The version stays text: a tampered one is a bad request ({@link FormVersions}).
 */
class OutcomeForm {

    private String version;
    @NotNull(message = "{outcome.error.typeRequired}")
    private OutcomeType type;
    @NotBlank(message = "{outcome.error.nameRequired}")
    @Size(max = 200, message = "{outcome.error.nameTooLong}")
    private String name = "";
    @NotNull(message = "{outcome.error.dateRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(message = "{initiative.error.dateOutOfRange}")
    private LocalDate achievedOn;
    @Size(max = 5000, message = "{initiative.error.textTooLong}")
    private String description = "";

    static OutcomeForm empty() {
        return new OutcomeForm();
    }

    static OutcomeForm of(Outcome outcome) {
        OutcomeForm form = new OutcomeForm();
        form.version = Long.toString(outcome.getVersion());
        form.type = outcome.getType();
        form.name = outcome.getName();
        form.achievedOn = outcome.getAchievedOn();
        form.description = outcome.getDescription() == null ? "" : outcome.getDescription();
        return form;
    }

    OutcomeForm withVersion(String newVersion) {
        OutcomeForm copy = new OutcomeForm();
        copy.version = newVersion;
        copy.type = type;
        copy.name = name;
        copy.achievedOn = achievedOn;
        copy.description = description;
        return copy;
    }

    String version() {
        return version;
    }

    OutcomeType outcomeType() {
        return type;
    }

    String name() {
        return name;
    }

    LocalDate achievedOn() {
        return achievedOn;
    }

    String description() {
        return description;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public OutcomeType getType() {
        return type;
    }

    public void setType(OutcomeType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public void setAchievedOn(LocalDate achievedOn) {
        this.achievedOn = achievedOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
