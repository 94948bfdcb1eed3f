package hu.kozossegi.portal.initiatives.web;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import hu.kozossegi.portal.initiatives.internal.InitiativeService;
import hu.kozossegi.portal.initiatives.internal.Outcome;
import hu.kozossegi.portal.initiatives.internal.OutcomeService;
import hu.kozossegi.portal.initiatives.internal.OutcomeType;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FieldErrors;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.years.YearClosedException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
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
        if (errors.hasErrors()) {
            return form(id, outcomeId, form, false, List.of(), model);
        }
        try {
            outcomes.update(id, outcomeId, version, type, form.name().trim(), date,
                    FilterParams.blankToNull(form.description()));
        } catch (YearClosedException e) {
            FieldErrors.reject(errors, e);
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(id, outcomeId, form, false, List.of(), model);
        } catch (FieldViolationException e) {
            FieldErrors.reject(errors, e);
            return form(id, outcomeId, form, false, List.of(), model);
        } catch (VersionConflictException e) {
            OutcomeForm saved = OutcomeForm.of(outcomes.editable(id, outcomeId));
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(id, outcomeId, form.withVersion(saved.version()), true,
                    ConflictLines.between(form, saved, t -> typeLabel(t, locale)), model);
        }
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "outcome.saved");
        return "redirect:/initiatives/" + id + "#outcomes";
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
        try {
            outcomes.delete(id, outcomeId, RequiredParam.number(version));
        } catch (VersionConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return confirm(id, outcomes.editable(id, outcomeId), true, model);
        }
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "outcome.deleted");
        return "redirect:/initiatives/" + id + "#outcomes";
    }

    private String form(long id, long outcomeId, OutcomeForm form, boolean conflict, List<ConflictLine> lines,
            Model model) {
        model.addAttribute("initiativeId", id);
        model.addAttribute("initiativeTitle", initiatives.load(id).getTitle());
        model.addAttribute("outcomeId", outcomeId);
        model.addAttribute("outcomeForm", form);
        model.addAttribute("outcomeTypes", OutcomeType.values());
        model.addAttribute("conflict", conflict);
        model.addAttribute("conflicts", lines);
        model.addAttribute("lockedYear", outcomes.lockedYear(outcomes.editable(id, outcomeId)));
        return FORM;
    }

    private String confirm(long id, Outcome outcome, boolean conflict, Model model) {
        model.addAttribute("initiativeId", id);
        model.addAttribute("initiativeTitle", initiatives.load(id).getTitle());
        model.addAttribute("outcome", outcome);
        model.addAttribute("conflict", conflict);
        return DELETE;
    }

    private String typeLabel(OutcomeType type, Locale locale) {
        return type == null ? "" : messages.getMessage("outcome.type." + type.name(), null, locale);
    }
}
