package hu.kozossegi.portal.initiatives.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import hu.kozossegi.portal.initiatives.internal.InitiativeService;
import hu.kozossegi.portal.initiatives.internal.Outcome;
import hu.kozossegi.portal.initiatives.internal.OutcomeService;
import hu.kozossegi.portal.initiatives.internal.OutcomeType;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting and removing an outcome of an initiative (who may: {@link OutcomeService}). */
@Controller
class OutcomeController {

    private static final String FORM = "initiatives/outcome-form";
    private static final String DELETE = "initiatives/outcome-delete";

    private final OutcomeService outcomes;
    private final InitiativeService initiatives;
    private final MessageSource messages;

    OutcomeController(OutcomeService outcomes, InitiativeService initiatives, MessageSource messages) {
        this.outcomes = outcomes;
        this.initiatives = initiatives;
        this.messages = messages;
    }

    @GetMapping("/initiatives/{id}/outcomes/{outcomeId}/edit")
    String edit(@PathVariable long id, @PathVariable long outcomeId, Model model) {
        Outcome outcome = outcomes.editable(id, outcomeId);
        return form(id, outcomeId, OutcomeForm.of(outcome), false, List.of(), model);
    }

    @PostMapping("/initiatives/{id}/outcomes/{outcomeId}/edit")
    String edit(@PathVariable long id, @PathVariable long outcomeId,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        outcomes.editable(id, outcomeId);
        long version = RequiredParam.number(form.version());
        OutcomeType type = form.outcomeType();
        LocalDate date = form.achievedOn();
        String failed = FormSave.orRender(errors, response,
                () -> outcomes.update(id, outcomeId, version, type, form.name().trim(), date,
                        FilterParams.blankToNull(form.description())),
                () -> form(id, outcomeId, form, false, List.of(), model),
                () -> {
                    OutcomeForm saved = OutcomeForm.of(outcomes.editable(id, outcomeId));
                    return form(id, outcomeId, form.withVersion(saved.version()), true,
                            ConflictLines.between(form, saved, t -> typeLabel(t, locale)), model);
                });
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "outcome.saved", "/initiatives/" + id + "#outcomes");
    }

    @GetMapping("/initiatives/{id}/outcomes/{outcomeId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long outcomeId, Model model) {
        return confirm(id, outcomes.deletable(id, outcomeId), false, model);
    }

    @PostMapping("/initiatives/{id}/outcomes/{outcomeId}/delete")
    String delete(@PathVariable long id, @PathVariable long outcomeId,
            @RequestParam(required = false) String version, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        outcomes.deletable(id, outcomeId);
        String refused = FormSave.deleteOrRender(response,
                () -> outcomes.delete(id, outcomeId, RequiredParam.number(version)),
                conflict -> confirm(id, outcomes.editable(id, outcomeId), conflict, model));
        return refused != null ? refused
                : FlashMessages.redirect(redirect, "outcome.deleted", "/initiatives/" + id + "#outcomes");
    }

    private String form(long id, long outcomeId, OutcomeForm form, boolean conflict, List<ConflictLine> lines,
            Model model) {
        InitiativeEntryPage.of(model, initiatives, id, conflict);
        model.addAttribute("outcomeId", outcomeId);
        model.addAttribute("outcomeForm", form);
        model.addAttribute("outcomeTypes", OutcomeType.values());
        model.addAttribute("conflicts", lines);
        model.addAttribute("lockedYear", outcomes.lockedYear(outcomes.editable(id, outcomeId)));
        return FORM;
    }

    private String confirm(long id, Outcome outcome, boolean conflict, Model model) {
        InitiativeEntryPage.of(model, initiatives, id, conflict);
        model.addAttribute("outcome", outcome);
        return DELETE;
    }

    private String typeLabel(OutcomeType type, Locale locale) {
        return type == null ? "" : messages.getMessage("outcome.type." + type.name(), null, locale);
    }
}
