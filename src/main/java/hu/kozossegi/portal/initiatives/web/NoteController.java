package hu.kozossegi.portal.initiatives.web;

import java.time.LocalDate;
import java.util.List;

import hu.kozossegi.portal.initiatives.internal.InitiativeService;
import hu.kozossegi.portal.initiatives.internal.NoteService;
import hu.kozossegi.portal.initiatives.internal.ProgressNote;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting and removing a progress note of an initiative (who may: {@link NoteService}). */
@Controller
class NoteController {

    private static final String FORM = "initiatives/note-form";
    private static final String DELETE = "initiatives/note-delete";

    private final NoteService notes;
    private final InitiativeService initiatives;

    NoteController(NoteService notes, InitiativeService initiatives) {
        this.notes = notes;
        this.initiatives = initiatives;
    }

    @GetMapping("/initiatives/{id}/notes/{noteId}/edit")
    String edit(@PathVariable long id, @PathVariable long noteId, Model model) {
        return form(id, noteId, NoteForm.of(notes.editable(id, noteId)), false, List.of(), model);
    }

    @PostMapping("/initiatives/{id}/notes/{noteId}/edit")
    String edit(@PathVariable long id, @PathVariable long noteId, @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        notes.editable(id, noteId);
        long version = RequiredParam.number(form.version());
        LocalDate date = form.notedOn();
        String failed = FormSave.orRender(errors, response,
                () -> notes.update(id, noteId, version, date, form.text().trim()),
                () -> form(id, noteId, form, false, List.of(), model),
                () -> {
                    NoteForm saved = NoteForm.of(notes.editable(id, noteId));
                    return form(id, noteId, form.withVersion(saved.version()), true,
                            ConflictLines.between(form, saved), model);
                });
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "note.saved", "/initiatives/" + id + "#notes");
    }

    @GetMapping("/initiatives/{id}/notes/{noteId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long noteId, Model model) {
        return confirm(id, notes.deletable(id, noteId), false, model);
    }

    @PostMapping("/initiatives/{id}/notes/{noteId}/delete")
    String delete(@PathVariable long id, @PathVariable long noteId, @RequestParam(required = false) String version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        notes.deletable(id, noteId);
        String refused = FormSave.deleteOrRender(response,
                () -> notes.delete(id, noteId, RequiredParam.number(version)),
                conflict -> confirm(id, notes.editable(id, noteId), conflict, model));
        return refused != null ? refused
                : FlashMessages.redirect(redirect, "note.deleted", "/initiatives/" + id + "#notes");
    }

    private String form(long id, long noteId, NoteForm form, boolean conflict, List<ConflictLine> lines,
            Model model) {
        InitiativeEntryPage.of(model, initiatives, id, conflict);
        model.addAttribute("noteId", noteId);
        model.addAttribute("noteForm", form);
        model.addAttribute("conflicts", lines);
        model.addAttribute("lockedYear", notes.lockedYear(notes.editable(id, noteId)));
        return FORM;
    }

    private String confirm(long id, ProgressNote note, boolean conflict, Model model) {
        InitiativeEntryPage.of(model, initiatives, id, conflict);
        model.addAttribute("note", note);
        return DELETE;
    }
}
