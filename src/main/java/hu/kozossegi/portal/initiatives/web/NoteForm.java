package hu.kozossegi.portal.initiatives.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NoteForm(
        @NotBlank(message = "{note.error.dateRequired}") String notedOn,
        @NotBlank(message = "{note.error.textRequired}") @Size(max = 5000, message = "{initiative.error.textTooLong}") String text) {

    static NoteForm today() {
        return new NoteForm(java.time.LocalDate.now().toString(), "");
    }
}
