package hu.kozossegi.portal.people.web;

import java.util.List;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.people.internal.WorkerKind;
import hu.kozossegi.portal.people.internal.WorkerQueries;
import hu.kozossegi.portal.people.internal.WorkerRow;
import hu.kozossegi.portal.people.internal.WorkerService;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FieldErrors;
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

@Controller
class WorkerFormController {

    private final WorkerService service;
    private final WorkerQueries queries;
    private final Counties counties;

    WorkerFormController(WorkerService service, WorkerQueries queries, Counties counties) {
        this.service = service;
        this.queries = queries;
        this.counties = counties;
    }

    @GetMapping("/workers/new")
    String newForm(Model model) {
        PortalUser user = service.checkMayWrite();
        model.addAttribute("form", WorkerForm.empty(user.countyCode()));
        return render(model, null, user);
    }

    @PostMapping("/workers/new")
    String create(@Valid @ModelAttribute("form") WorkerForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        PortalUser user = service.checkMayWrite();
        if (errors.hasErrors()) {
            return invalid(form, errors, model, null, user);
        }
        long[] created = new long[1];
        String failed = FormSave.orRender(errors, response, () -> created[0] = service.create(form.input()),
                () -> render(model, null, user));
        return failed != null ? failed : FlashMessages.redirect(redirect, "worker.created", "/workers/" + created[0]);
    }

    @GetMapping("/workers/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        service.checkMayEdit(id);
        PortalUser user = service.checkMayWrite();
        model.addAttribute("form", WorkerForm.of(queries.find(id, user).orElseThrow()));
        return render(model, id, user);
    }

    @PostMapping("/workers/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") WorkerForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        service.checkMayEdit(id);
        PortalUser user = service.checkMayWrite();
        if (form.version() == null) {
            throw FilterParams.badRequest();
        }
        if (errors.hasErrors()) {
            return invalid(form, errors, model, id, user);
        }
        String failed = FormSave.orRender(errors, response, () -> service.update(id, form.version(), form.input()),
                () -> render(model, id, user), () -> {
                    WorkerForm saved = WorkerForm.of(queries.find(id, user).orElseThrow());
                    model.addAttribute("conflicts", WorkerConflicts.between(form, saved));
                    // The input stays; the form now carries the current version, so saving again is deliberate.
                    form.setVersion(saved.version());
                    return render(model, id, user);
                });
        return failed != null ? failed : FlashMessages.redirect(redirect, "worker.updated", "/workers/" + id);
    }

    /** The form with Bean Validation's errors, and the register's rules for the fields they left unmarked. */
    private String invalid(WorkerForm form, BindingResult errors, Model model, Long id, PortalUser user) {
        service.checkCounty(form.getCounty());
        service.registerProblems(form.input()).stream().filter(v -> !errors.hasFieldErrors(v.field()))
                .forEach(v -> FieldErrors.reject(errors, List.of(v)));
        return render(model, id, user);
    }

    @GetMapping("/workers/{id}/anonymise")
    String confirmAnonymise(@PathVariable long id, Model model) {
        PortalUser user = service.checkMayWrite();
        if (!user.isNationalOffice()) {
            throw new org.springframework.security.access.AccessDeniedException("national office only");
        }
        WorkerRow worker = queries.find(id, user).orElseThrow(
                () -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("worker", worker);
        return "people/anonymise";
    }

    @PostMapping("/workers/{id}/anonymise")
    String anonymise(@PathVariable long id, RedirectAttributes redirect) {
        service.anonymise(id);
        return FlashMessages.redirect(redirect, "worker.anonymised", "/workers/" + id);
    }

    private String render(Model model, Long id, PortalUser user) {
        model.addAttribute("workerId", id);
        model.addAttribute("countyOptions", counties.optionsFor(user));
        model.addAttribute("kinds", WorkerKind.values());
        List<Integer> locked = service.lockedYears();
        model.addAttribute("lockedYears", locked);
        model.addAttribute("fixedDates", id == null || locked.isEmpty() ? List.of()
                : service.fixedDates(queries.find(id, user).map(WorkerRow::joinedOn).orElse(null)));
        return "people/form";
    }
}
