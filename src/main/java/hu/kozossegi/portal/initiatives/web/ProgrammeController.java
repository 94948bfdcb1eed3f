package hu.kozossegi.portal.initiatives.web;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.initiatives.internal.Programme;
import hu.kozossegi.portal.initiatives.internal.ProgrammeService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Programmes: a list for everyone signed in; the national office creates and edits them. */
@Controller
class ProgrammeController {

    private final ProgrammeService programmes;
    private final CountyAccess access;

    ProgrammeController(ProgrammeService programmes, CountyAccess access) {
        this.programmes = programmes;
        this.access = access;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("canEdit", access.requireUser().isNationalOffice());
        return "initiatives/programmes";
    }

    @GetMapping("/programmes/new")
    String create(Model model) {
        access.checkNationalOffice();
        model.addAttribute("programmeForm", ProgrammeForm.empty());
        return "initiatives/programme-form";
    }

    @GetMapping("/programmes/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        access.checkNationalOffice();
        Programme p = programmes.find(id);
        model.addAttribute("programmeId", id);
        model.addAttribute("programmeForm", ProgrammeForm.of(p));
        return "initiatives/programme-form";
    }

    @PostMapping("/programmes/new")
    String create(@Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        access.checkNationalOffice();
        return save(null, form, errors, model, redirect, response);
    }

    @PostMapping("/programmes/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.checkNationalOffice();
        programmes.find(id);
        return save(id, form, errors, model, redirect, response);
    }

    /** The form's own rules are on {@link ProgrammeForm}; the service checks the name is free and saves. */
    private String save(Long id, ProgrammeForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("programmeId", id);
        String failed = FormSave.orRender(errors, response,
                () -> programmes.save(id, form.version() == null ? 0 : form.version(), form.name(), form.funder(),
                        form.firstYear(), form.lastYear(), form.description()),
                () -> "initiatives/programme-form",
                () -> {
                    // The typed input stays, now carrying the current version (saving again is deliberate), with
                    // the fields someone else changed next to what was typed (docs/architecture.md, "Conflicts").
                    ProgrammeForm saved = ProgrammeForm.of(programmes.find(id));
                    model.addAttribute("conflicts", ConflictLine.compare()
                            .field("programme.name", saved.name(), form.name())
                            .field("programme.funder", saved.funder(), form.funder())
                            .field("programme.firstYear", saved.firstYear(), form.firstYear())
                            .field("programme.lastYear", saved.lastYear(), form.lastYear())
                            .field("programme.description", saved.description(), form.description())
                            .list());
                    form.setVersion(saved.version());
                    return "initiatives/programme-form";
                });
        return failed != null ? failed : FlashMessages.redirect(redirect, "programme.saved", "/programmes");
    }
}
