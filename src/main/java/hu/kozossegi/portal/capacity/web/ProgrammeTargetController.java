package hu.kozossegi.portal.capacity.web;

import java.util.List;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.capacity.internal.CapacityQueries;
import hu.kozossegi.portal.capacity.internal.CapacityService;
import hu.kozossegi.portal.capacity.internal.TargetValue;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national office sets a programme's targets for its whole period; everyone else gets 403. */
@Controller
class ProgrammeTargetController {

    private final CapacityService service;
    private final CapacityQueries queries;
    private final Counties counties;
    private final CountyAccess access;
    private final SpringValidatorAdapter validator;

    ProgrammeTargetController(CapacityService service, CapacityQueries queries, Counties counties,
            CountyAccess access, jakarta.validation.Validator validator) {
        this.service = service;
        this.queries = queries;
        this.counties = counties;
        this.access = access;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/programmes/{id}/targets")
    String form(@PathVariable long id, Model model) {
        access.checkNationalOffice();
        queries.programme(id);
        ProgrammeTargetForm form = service.targets(id).map(ProgrammeTargetForm::of).orElseGet(ProgrammeTargetForm::new);
        return render(id, form, null, model);
    }

    @PostMapping("/programmes/{id}/targets")
    String save(@PathVariable long id, @ModelAttribute("programmeTargetForm") ProgrammeTargetForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkNationalOffice();
        queries.programme(id);
        validator.validate(form, errors);
        List<TargetValue> values = form.values(counties.all().stream().map(County::code).toList(), errors);
        String failed = FormSave.orRender(errors, response,
                () -> service.saveTargets(id, form.getVersion() == null ? -1 : form.getVersion(), values),
                () -> render(id, form, null, model),
                () -> {
                    // The typed targets stay, now carrying the current version (saving again is deliberate), with
                    // the ones someone else changed next to what was typed (docs/architecture.md, "Conflicts").
                    ProgrammeTargetForm saved = service.targets(id).map(ProgrammeTargetForm::of)
                            .orElseGet(ProgrammeTargetForm::new);
                    List<ConflictLine> conflicts = CapacityConflicts.between(form, saved, counties.all());
                    form.setVersion(saved.getVersion());
                    return render(id, form, conflicts, model);
                });
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "programmeTarget.saved", "/programmes/" + id + "/report");
    }

    private String render(long id, ProgrammeTargetForm form, List<ConflictLine> conflicts, Model model) {
        model.addAttribute("programme", queries.programme(id));
        model.addAttribute("programmeTargetForm", form);
        model.addAttribute("counties", counties.all());
        model.addAttribute("conflicts", conflicts);
        return "capacity/targets";
    }
}
