package hu.kozossegi.portal.initiatives.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.kozossegi.portal.initiatives.internal.ProgressNote;

/**
 * Adding a note (version unused) and correcting one (version of the note the form was opened on). All text, like
 * {@link OutcomeForm}, so that a tampered version cannot fail the record's construction.
 */
record NoteForm(
        String version,
        @NotBlank(message = "{note.error.dateRequired}") String notedOn,
        @NotBlank(message = "{note.error.textRequired}") @Size(max = 5000, message = "{initiative.error.textTooLong}") String text) {

    static NoteForm today() {
        return new NoteForm(null, java.time.LocalDate.now().toString(), "");
    }

    static NoteForm of(ProgressNote note) {
        return new NoteForm(Long.toString(note.getVersion()), note.getNotedOn().toString(), note.getText());
    }

    NoteForm withVersion(String newVersion) {
        return new NoteForm(newVersion, notedOn, text);
    }
}
