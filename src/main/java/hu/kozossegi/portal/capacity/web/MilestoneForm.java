package hu.kozossegi.portal.capacity.web;

import java.time.LocalDate;

import hu.kozossegi.portal.capacity.internal.Milestone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A development-plan milestone: title, due day, and the day it was done (empty: not yet). */
class MilestoneForm {

    private Long version = 0L;
    @NotBlank(message = "{milestone.error.titleRequired}")
    @Size(max = 200, message = "{milestone.error.titleTooLong}")
    private String title = "";
    @NotNull(message = "{milestone.error.dueOnRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate doneOn;

    static MilestoneForm of(Milestone m) {
        MilestoneForm form = new MilestoneForm();
        form.version = m.getVersion();
        form.title = m.getTitle();
        form.dueOn = m.getDueOn();
        form.doneOn = m.getDoneOn();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }
}
