package hu.kozossegi.portal.geography.web;

import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FieldErrors;

import java.util.List;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.SettlementType;
import hu.kozossegi.portal.geography.internal.SettlementQueries;
import hu.kozossegi.portal.geography.internal.SettlementRow;
import hu.kozossegi.portal.geography.internal.SettlementService;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.Option;
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
class SettlementFormController {

    private final SettlementService service;
    private final SettlementQueries queries;
    private final Counties counties;

    SettlementFormController(SettlementService service, SettlementQueries queries, Counties counties) {
        this.service = service;
        this.queries = queries;
        this.counties = counties;
    }

    @GetMapping("/settlements/new")
    String newForm(Model model) {
        PortalUser user = service.checkMayWrite();
        model.addAttribute("form", SettlementForm.empty(user.countyCode()));
        return render(model, null, user);
    }

    @PostMapping("/settlements/new")
    String create(@Valid @ModelAttribute("form") SettlementForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        PortalUser user = service.checkMayWrite();
        service.checkCounty(form.county());
        if (errors.hasErrors()) {
            return render(model, null, user);
        }
        long id;
        try {
            id = service.create(form.input());
        } catch (FieldViolationException broken) {
            FieldErrors.reject(errors, broken);
            return render(model, null, user);
        }
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "settlement.created");
        return "redirect:/settlements/" + id;
    }

    @GetMapping("/settlements/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        service.checkMayEdit(id);
        SettlementRow row = queries.find(id).orElseThrow();
        model.addAttribute("form", SettlementForm.of(row));
        return render(model, id, service.checkMayWrite());
    }

    @PostMapping("/settlements/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SettlementForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        service.checkMayEdit(id);
        PortalUser user = service.checkMayWrite();
        service.checkCounty(form.county());
        if (form.version() == null) {
            throw FilterParams.badRequest();
        }
        if (errors.hasErrors()) {
            return render(model, id, user);
        }
        try {
            service.update(id, form.version(), form.input());
        } catch (FieldViolationException broken) {
            FieldErrors.reject(errors, broken);
            return render(model, id, user);
        } catch (VersionConflictException stale) {
            SettlementForm saved = SettlementForm.of(queries.find(id).orElseThrow());
            // The user's input stays; the form now carries the current version, so saving again is a deliberate choice.
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
            model.addAttribute("form", form.withVersion(saved.version()));
            model.addAttribute("conflicts", ConflictLine.compare()
                    .field("settlement.field.name", saved.name(), form.name())
                    .field("settlement.field.county", saved.county(), form.county())
                    .field("settlement.field.type", saved.type(), form.type())
                    .field("settlement.field.parent", saved.parent(), form.parent())
                    .field("settlement.field.population", saved.population(), form.population())
                    .field("settlement.field.kshCode", saved.kshCode(), form.kshCode())
                    .field("settlement.field.microRegion", saved.microRegion(), form.microRegion())
                    .field("settlement.field.disadvantaged", saved.disadvantaged(), form.disadvantaged())
                    .field("settlement.field.latitude", saved.latitude(), form.latitude())
                    .field("settlement.field.longitude", saved.longitude(), form.longitude())
                    .list());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render(model, id, user);
        }
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "settlement.updated");
        return "redirect:/settlements/" + id;
    }

    private String render(Model model, Long id, PortalUser user) {
        model.addAttribute("settlementId", id);
        model.addAttribute("countyOptions", counties.all().stream()
                .filter(c -> user.isNationalOffice() || c.code().equals(user.countyCode()))
                .map(c -> new Option(c.code(), c.name())).toList());
        model.addAttribute("types", SettlementType.values());
        return "geography/form";
    }
}
