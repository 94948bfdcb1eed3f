package hu.kozossegi.portal.reporting.web;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.reporting.internal.Narratives;
import hu.kozossegi.portal.reporting.internal.OpenPoints;
import hu.kozossegi.portal.reporting.internal.YearClosing;
import hu.kozossegi.portal.reporting.internal.YearCompleteness;
import hu.kozossegi.portal.reporting.internal.YearState;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FlashMessages;
import java.util.List;

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

/** The national office closes and reopens a report year and writes its narrative; everyone else gets 403. */
@Controller
class YearController {

    private final YearClosing closing;
    private final Narratives narratives;
    private final CountyAccess access;
    private final YearCompleteness completeness;

    YearController(YearClosing closing, Narratives narratives, CountyAccess access, YearCompleteness completeness) {
        this.completeness = completeness;
        this.closing = closing;
        this.narratives = narratives;
        this.access = access;
    }

    @GetMapping("/admin/years/{year:\\d{4}}")
    String year(@PathVariable int year, Model model) {
        access.checkNationalOffice();
        return render(ReportViews.checkYear(year), CloseForm.empty(), ReopenForm.empty(), model);
    }

    @PostMapping("/admin/years/{year:\\d{4}}/close")
    String close(@PathVariable int year, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        PortalUser user = access.checkNationalOffice();
        ReportViews.checkYear(year);
        if (errors.hasErrors()) {
            return render(year, form, ReopenForm.empty(), model);
        }
        return toYear(redirect, year, closing.close(year, user.getUsername()).isPresent(), "years.closed",
                "years.alreadyClosed");
    }

    @PostMapping("/admin/years/{year:\\d{4}}/reopen")
    String reopen(@PathVariable int year, @Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        PortalUser user = access.checkNationalOffice();
        ReportViews.checkYear(year);
        if (errors.hasErrors()) {
            return render(year, CloseForm.empty(), form, model);
        }
        return toYear(redirect, year, closing.reopen(year, form.reason(), user.getUsername()), "years.reopened",
                "years.notClosed");
    }

    /** Back to the year's page: the success message when the step was done, else the warning that it was not. */
    private static String toYear(RedirectAttributes redirect, int year, boolean done, String doneKey,
            String notDoneKey) {
        redirect.addFlashAttribute(FlashMessages.ARGS, new Object[] {year});
        if (done) {
            return FlashMessages.redirect(redirect, doneKey, "/admin/years/" + year);
        }
        redirect.addFlashAttribute(FlashMessages.WARNING, notDoneKey);
        return "redirect:/admin/years/" + year;
    }

    @GetMapping("/admin/years/{year:\\d{4}}/narrative")
    String narrative(@PathVariable int year, Model model) {
        access.checkNationalOffice();
        model.addAttribute("year", ReportViews.checkYear(year));
        model.addAttribute("narrativeForm", NarrativeForm.of(narratives.load(year)));
        return "reporting/narrative";
    }

    @PostMapping("/admin/years/{year:\\d{4}}/narrative")
    String saveNarrative(@PathVariable int year, @Valid @ModelAttribute("narrativeForm") NarrativeForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser user = access.checkNationalOffice();
        model.addAttribute("year", ReportViews.checkYear(year));
        if (errors.hasErrors()) {
            return "reporting/narrative";
        }
        try {
            narratives.save(year, form.toNarrative(), user.getUsername());
        }
        catch (VersionConflictException ex) {
            // The typed texts stay, now carrying the current version (saving again is deliberate), with the
            // sections someone else changed next to what was typed (docs/architecture.md, "Conflicts").
            NarrativeForm saved = NarrativeForm.of(narratives.load(year));
            model.addAttribute("conflicts", ConflictLine.compare()
                    .field("report.narrative.introduction", saved.introduction(), form.introduction())
                    .field("report.narrative.supportNetwork", saved.supportNetwork(), form.supportNetwork())
                    .field("report.narrative.nationalCoordination", saved.nationalCoordination(),
                            form.nationalCoordination())
                    .field("report.narrative.nextYearPlans", saved.nextYearPlans(), form.nextYearPlans())
                    .list());
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "narrativeForm");
            model.addAttribute("narrativeForm", form.withVersion(saved.version()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "reporting/narrative";
        }
        redirect.addFlashAttribute("flashSuccess", "narrative.saved");
        return "redirect:/reports/" + year;
    }

    private String render(int year, CloseForm closeForm, ReopenForm form, Model model) {
        YearState state = closing.state(year);
        model.addAttribute("year", year);
        model.addAttribute("state", state);
        model.addAttribute("closeForm", closeForm);
        model.addAttribute("reopenForm", form);
        if (!state.closed()) {
            List<OpenPoints> points = completeness.check(year);
            model.addAttribute("openPoints", points);
            model.addAttribute("openTotals", OpenTotals.of(points));
        }
        return "reporting/year";
    }
}
