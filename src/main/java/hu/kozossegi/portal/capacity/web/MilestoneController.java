package hu.kozossegi.portal.capacity.web;

import java.util.List;

import hu.kozossegi.portal.capacity.internal.CapacityQueries;
import hu.kozossegi.portal.capacity.internal.CapacityService;
import hu.kozossegi.portal.capacity.internal.Milestone;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.years.ReportYears;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a development-plan milestone to an enrolment, marking it done or correcting it, and deleting it. */
@Controller
class MilestoneController {

    private final CapacityService service;
    private final CapacityQueries queries;
    private final ReportYears years;
    private final SpringValidatorAdapter validator;

    MilestoneController(CapacityService service, CapacityQueries queries, ReportYears years,
            jakarta.validation.Validator validator) {
        this.service = service;
        this.queries = queries;
        this.years = years;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/enrolments/{id}/milestones/new")
    String create(@PathVariable long id, Model model) {
        service.recordable(id);
        return render(id, null, new MilestoneForm(), null, model);
    }

    @PostMapping("/enrolments/{id}/milestones/new")
    String create(@PathVariable long id, @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        service.recordable(id);
        validator.validate(form, errors);
        String failed = FormSave.orRender(errors, response,
                () -> service.addMilestone(id, form.getTitle().trim(), form.getDueOn(), form.getDoneOn()),
                () -> render(id, null, form, null, model));
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "milestone.saved", "/enrolments/" + id + "#milestones");
    }

    @GetMapping("/enrolments/{id}/milestones/{milestoneId}/edit")
    String edit(@PathVariable long id, @PathVariable long milestoneId, Model model) {
        Milestone milestone = service.editableMilestone(id, milestoneId);
        return render(id, milestoneId, MilestoneForm.of(milestone), null, model);
    }

    @PostMapping("/enrolments/{id}/milestones/{milestoneId}/edit")
    String edit(@PathVariable long id, @PathVariable long milestoneId,
            @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        service.editableMilestone(id, milestoneId);
        validator.validate(form, errors);
        String failed = FormSave.orRender(errors, response,
                () -> service.updateMilestone(id, milestoneId, form.getVersion() == null ? 0 : form.getVersion(),
                        form.getTitle().trim(), form.getDueOn(), form.getDoneOn()),
                () -> render(id, milestoneId, form, null, model),
                () -> {
                    // The typed input stays, now carrying the current version (saving again is deliberate), with
                    // the fields someone else changed next to what was typed (docs/architecture.md, "Conflicts").
                    MilestoneForm saved = MilestoneForm.of(service.editableMilestone(id, milestoneId));
                    List<ConflictLine> conflicts = CapacityConflicts.between(form, saved);
                    form.setVersion(saved.getVersion());
                    return render(id, milestoneId, form, conflicts, model);
                });
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "milestone.saved", "/enrolments/" + id + "#milestones");
    }

    @GetMapping("/enrolments/{id}/milestones/{milestoneId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long milestoneId, Model model) {
        return confirmDelete(id, service.editableMilestone(id, milestoneId), false, model);
    }

    @PostMapping("/enrolments/{id}/milestones/{milestoneId}/delete")
    String delete(@PathVariable long id, @PathVariable long milestoneId,
            @RequestParam(required = false) String version, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        service.editableMilestone(id, milestoneId);
        String refused = FormSave.deleteOrRender(response,
                () -> service.deleteMilestone(id, milestoneId, RequiredParam.number(version)),
                conflict -> confirmDelete(id, service.editableMilestone(id, milestoneId), conflict, model));
        return refused != null ? refused
                : FlashMessages.redirect(redirect, "milestone.deleted", "/enrolments/" + id + "#milestones");
    }

    private String confirmDelete(long id, Milestone milestone, boolean conflict, Model model) {
        model.addAttribute("enrolment", queries.enrolment(id));
        model.addAttribute("milestone", milestone);
        model.addAttribute("conflict", conflict);
        model.addAttribute("lockedYear", service.lockedYear(milestone));
        return "capacity/milestone-delete";
    }

    private String render(long id, Long milestoneId, MilestoneForm form, List<ConflictLine> conflicts,
            Model model) {
        model.addAttribute("enrolment", queries.enrolment(id));
        model.addAttribute("milestoneId", milestoneId);
        model.addAttribute("milestoneForm", form);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("lockedYears", years.lockedFor(service.isNationalOffice()));
        return "capacity/milestone-form";
    }
}
