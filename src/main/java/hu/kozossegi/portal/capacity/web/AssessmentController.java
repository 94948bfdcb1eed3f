package hu.kozossegi.portal.capacity.web;

import java.util.List;

import hu.kozossegi.portal.capacity.internal.CapacityQueries;
import hu.kozossegi.portal.capacity.internal.CapacityService;
import hu.kozossegi.portal.capacity.internal.Dimension;
import hu.kozossegi.portal.capacity.internal.Stage;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import hu.kozossegi.portal.shared.years.ReportYears;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording and correcting an enrolled organisation's entry or exit assessment. */
@Controller
class AssessmentController {

    private static final String ROUTE = "/enrolments/{id}/assessments/{stage:entry|exit}";

    private final CapacityService service;
    private final CapacityQueries queries;
    private final ReportYears years;
    private final SpringValidatorAdapter validator;

    AssessmentController(CapacityService service, CapacityQueries queries, ReportYears years,
            jakarta.validation.Validator validator) {
        this.service = service;
        this.queries = queries;
        this.years = years;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping(ROUTE)
    String form(@PathVariable long id, @PathVariable String stage, Model model) {
        Stage s = stage(stage);
        service.recordable(id);
        AssessmentForm form = service.assessment(id, s).map(AssessmentForm::of).orElseGet(AssessmentForm::new);
        return render(id, s, form, null, model);
    }

    @PostMapping(ROUTE)
    String save(@PathVariable long id, @PathVariable String stage,
            @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Stage s = stage(stage);
        service.recordable(id);
        validator.validate(form, errors);
        String failed = FormSave.orRender(errors, response,
                () -> service.saveAssessment(id, s, form.getVersion() == null ? -1 : form.getVersion(),
                        form.getAssessedOn(), form.scores()),
                () -> render(id, s, form, null, model),
                () -> {
                    // The typed input stays, now carrying the current version (saving again is deliberate), with
                    // the fields someone else changed next to what was typed (docs/architecture.md, "Conflicts").
                    AssessmentForm saved = service.assessment(id, s).map(AssessmentForm::of)
                            .orElseGet(AssessmentForm::new);
                    List<ConflictLine> conflicts = CapacityConflicts.between(form, saved);
                    form.setVersion(saved.getVersion());
                    return render(id, s, form, conflicts, model);
                });
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "assessment.saved", "/enrolments/" + id + "#assessments");
    }

    private String render(long id, Stage stage, AssessmentForm form, List<ConflictLine> conflicts, Model model) {
        model.addAttribute("enrolment", queries.enrolment(id));
        model.addAttribute("stage", stage);
        model.addAttribute("assessmentForm", form);
        model.addAttribute("fields", AssessmentForm.FIELDS);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("lockedYears", years.lockedFor(service.isNationalOffice()));
        return "capacity/assessment-form";
    }

    private static Stage stage(String segment) {
        Stage s = Stage.ofPath(segment);
        if (s == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return s;
    }
}
