package hu.kozossegi.portal.initiatives.web;

import java.time.LocalDate;
import java.util.List;

import hu.kozossegi.portal.initiatives.internal.InitiativeService;
import hu.kozossegi.portal.initiatives.internal.NoteService;
import hu.kozossegi.portal.initiatives.internal.ProgressNote;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FieldErrors;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.years.YearClosedException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
        if (errors.hasErrors()) {
            return form(id, noteId, form, false, List.of(), model);
        }
        try {
            notes.update(id, noteId, version, date, form.text().trim());
        } catch (YearClosedException e) {
            FieldErrors.reject(errors, e);
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(id, noteId, form, false, List.of(), model);
        } catch (VersionConflictException e) {
            NoteForm saved = NoteForm.of(notes.editable(id, noteId));
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(id, noteId, form.withVersion(saved.version()), true, ConflictLines.between(form, saved),
                    model);
        }
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "note.saved");
        return "redirect:/initiatives/" + id + "#notes";
    }

    @GetMapping("/initiatives/{id}/notes/{noteId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long noteId, Model model) {
        return confirm(id, notes.deletable(id, noteId), false, model);
    }

    @PostMapping("/initiatives/{id}/notes/{noteId}/delete")
    String delete(@PathVariable long id, @PathVariable long noteId, @RequestParam(required = false) String version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        notes.deletable(id, noteId);
        try {
            notes.delete(id, noteId, RequiredParam.number(version));
        } catch (VersionConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return confirm(id, notes.editable(id, noteId), true, model);
        }
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "note.deleted");
        return "redirect:/initiatives/" + id + "#notes";
    }

    private String form(long id, long noteId, NoteForm form, boolean conflict, List<ConflictLine> lines,
            Model model) {
        model.addAttribute("initiativeId", id);
        model.addAttribute("initiativeTitle", initiatives.load(id).getTitle());
        model.addAttribute("noteId", noteId);
        model.addAttribute("noteForm", form);
        model.addAttribute("conflict", conflict);
        model.addAttribute("conflicts", lines);
        model.addAttribute("lockedYear", notes.lockedYear(notes.editable(id, noteId)));
        return FORM;
    }

    private String confirm(long id, ProgressNote note, boolean conflict, Model model) {
        model.addAttribute("initiativeId", id);
        model.addAttribute("initiativeTitle", initiatives.load(id).getTitle());
        model.addAttribute("note", note);
        model.addAttribute("conflict", conflict);
        return DELETE;
    }
}
