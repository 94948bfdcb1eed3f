package hu.kozossegi.portal.reporting.web;

import java.util.List;
import java.util.Locale;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.reporting.internal.TargetGrid;
import hu.kozossegi.portal.reporting.internal.TargetIndicator;
import hu.kozossegi.portal.reporting.internal.Targets;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national office sets the counties' targets of a year; everyone else gets 403. */
@Controller
class TargetController {

    private final Targets targets;
    private final Counties counties;
    private final CountyAccess access;
    private final MessageSource messages;

    TargetController(Targets targets, Counties counties, CountyAccess access, MessageSource messages) {
        this.targets = targets;
        this.counties = counties;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/admin/targets/{year:\\d{4}}")
    String form(@PathVariable int year, @RequestParam(required = false) String copy, Model model, Locale locale) {
        access.checkNationalOffice();
        ReportViews.checkYear(year);
        TargetGrid current = targets.load(year);
        TargetForm form = TargetForm.of(current, counties.all(), current.version());
        if ("previous".equals(copy)) {
            TargetGrid previous = targets.load(year - 1);
            model.addAttribute("notice", previous.isEmpty() ? "targets.nothingToCopy" : "targets.copied");
            if (!previous.isEmpty()) {
                form = TargetForm.of(previous, counties.all(), current.version());
            }
        }
        return render(year, form, null, model, locale);
    }

    @PostMapping("/admin/targets/{year:\\d{4}}")
    String save(@PathVariable int year, @Valid @ModelAttribute("targetForm") TargetForm form, BindingResult errors,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser user = access.checkNationalOffice();
        ReportViews.checkYear(year);
        List<County> all = counties.all();
        if (errors.hasErrors()) {
            return render(year, form, errors, model, locale);
        }
        var parsed = form.toTargets(all);
        try {
            targets.save(year, parsed, form.getVersion(), user.getUsername());
        }
        catch (VersionConflictException ex) {
            // The typed grid stays, now carrying the current version (saving again is deliberate), with the
            // cells someone else changed next to what was typed (docs/architecture.md, "Conflicts").
            TargetGrid saved = targets.load(year);
            model.addAttribute("conflicts", form.compareWith(TargetForm.of(saved, all, saved.version()), all));
            form.setVersion(saved.version());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render(year, form, errors, model, locale);
        }
        redirect.addFlashAttribute("flashSuccess", "targets.saved");
        return "redirect:/admin/targets/" + year;
    }

    private String render(int year, TargetForm form, Errors errors, Model model, Locale locale) {
        model.addAttribute("year", year);
        model.addAttribute("targetForm", form);
        model.addAttribute("grid", TargetGridView.of(form, errors, counties.all(), messages, locale));
        model.addAttribute("indicators", TargetIndicator.values());
        return "reporting/targets";
    }
}
