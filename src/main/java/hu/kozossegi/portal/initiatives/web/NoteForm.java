package hu.kozossegi.portal.initiatives.web;

import java.time.LocalDate;

import hu.kozossegi.portal.initiatives.internal.ProgressNote;
import hu.kozossegi.portal.shared.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Adding a note (version unused) and correcting one (version of the note the form was opened on), bound through
 * setters like {@link OutcomeForm}: a date that does not convert is a {@code typeMismatch} error, the text kept.
 */
class NoteForm {

    private String version;
    @NotNull(message = "{note.error.dateRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(message = "{initiative.error.dateOutOfRange}")
    private LocalDate notedOn;
    @NotBlank(message = "{note.error.textRequired}")
    @Size(max = 5000, message = "{initiative.error.textTooLong}")
    private String text = "";

    static NoteForm today() {
        NoteForm form = new NoteForm();
        form.notedOn = LocalDate.now();
        return form;
    }

    static NoteForm of(ProgressNote note) {
        NoteForm form = new NoteForm();
        form.version = Long.toString(note.getVersion());
        form.notedOn = note.getNotedOn();
        form.text = note.getText();
        return form;
    }

    NoteForm withVersion(String newVersion) {
        NoteForm copy = new NoteForm();
        copy.version = newVersion;
        copy.notedOn = notedOn;
        copy.text = text;
        return copy;
    }

    String version() {
        return version;
    }

    LocalDate notedOn() {
        return notedOn;
    }

    String text() {
        return text;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public void setNotedOn(LocalDate notedOn) {
        this.notedOn = notedOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
