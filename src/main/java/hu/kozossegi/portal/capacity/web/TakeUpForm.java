package hu.kozossegi.portal.capacity.web;

import java.time.LocalDate;

import hu.kozossegi.portal.capacity.internal.Community;
import hu.kozossegi.portal.capacity.internal.TakeUp;
import hu.kozossegi.portal.capacity.internal.TakeUpStage;
import hu.kozossegi.portal.shared.web.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A take-up: the stage and the day it began, a note. The practice, the community (an initiative or an organisation)
 * and the visit it followed from come with the page (hidden fields, checked by the service).
 */
class TakeUpForm {

    private Long version = 0L;
    private Long practiceId;
    private Long initiativeId;
    private Long organisationId;
    private Long visitId;
    @NotNull(message = "{takeup.error.stageRequired}")
    private TakeUpStage stage;
    @NotNull(message = "{takeup.error.sinceRequired}")
    @PlausibleDate(message = "{takeup.error.sinceOutOfRange}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;
    @Size(max = 2000, message = "{takeup.error.notesTooLong}")
    private String notes = "";

    static TakeUpForm of(TakeUp takeUp) {
        TakeUpForm form = new TakeUpForm();
        form.version = takeUp.getVersion();
        form.practiceId = takeUp.getPracticeId();
        Community.Ref ref = takeUp.community();
        form.initiativeId = ref.kind() == Community.Kind.INITIATIVE ? ref.id() : null;
        form.organisationId = ref.kind() == Community.Kind.ORGANISATION ? ref.id() : null;
        form.visitId = takeUp.getVisitId();
        form.stage = takeUp.getStage();
        form.since = takeUp.getStageSince();
        form.notes = takeUp.getNote() == null ? "" : takeUp.getNote();
        return form;
    }

    /** The community the form names: exactly one of the two ids, else null. */
    Community.Ref community() {
        if ((initiativeId == null) == (organisationId == null)) {
            return null;
        }
        return initiativeId != null ? new Community.Ref(Community.Kind.INITIATIVE, initiativeId)
                : new Community.Ref(Community.Kind.ORGANISATION, organisationId);
    }

    String trimmedNotes() {
        return notes == null || notes.isBlank() ? null : notes.strip();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public void setPracticeId(Long practiceId) {
        this.practiceId = practiceId;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(Long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public void setVisitId(Long visitId) {
        this.visitId = visitId;
    }

    public TakeUpStage getStage() {
        return stage;
    }

    public void setStage(TakeUpStage stage) {
        this.stage = stage;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
