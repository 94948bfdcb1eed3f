package hu.kozossegi.portal.geography.web;

import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FieldErrors;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.geography.SettlementType;
import hu.kozossegi.portal.geography.internal.SettlementQueries;
import hu.kozossegi.portal.geography.internal.SettlementRow;
import hu.kozossegi.portal.geography.internal.SettlementService;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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
    private final MessageSource messages;

    SettlementFormController(SettlementService service, SettlementQueries queries, Counties counties,
            MessageSource messages) {
        this.messages = messages;
        this.service = service;
        this.queries = queries;
        this.counties = counties;
    }

    @GetMapping("/settlements/new")
    String newForm(Model model) {
        PortalUser user = service.checkMayWrite();
        model.addAttribute("settlementForm", SettlementForm.empty(user.countyCode()));
        return render(model, null, user);
    }

    @PostMapping("/settlements/new")
    String create(@Valid @ModelAttribute("settlementForm") SettlementForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        PortalUser user = service.checkMayWrite();
        service.checkCounty(form.getCounty());
        if (errors.hasErrors()) {
            FieldErrors.reject(errors, service.otherProblems(form, null, fieldsWithErrors(errors)));
            return render(model, null, user);
        }
        long[] id = new long[1];
        String failed = FormSave.orRender(errors, response, () -> id[0] = service.create(form),
                () -> render(model, null, user));
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "settlement.created", "/settlements/" + id[0]);
    }

    @GetMapping("/settlements/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        service.checkMayEdit(id);
        SettlementRow row = queries.find(id).orElseThrow();
        model.addAttribute("settlementForm", SettlementForm.of(row));
        return render(model, id, service.checkMayWrite());
    }

    @PostMapping("/settlements/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("settlementForm") SettlementForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        service.checkMayEdit(id);
        PortalUser user = service.checkMayWrite();
        service.checkCounty(form.getCounty());
        if (form.getVersion() == null) {
            throw FilterParams.badRequest();
        }
        if (errors.hasErrors()) {
            FieldErrors.reject(errors, service.otherProblems(form, id, fieldsWithErrors(errors)));
            return render(model, id, user);
        }
        String failed = FormSave.orRender(errors, response, () -> service.update(id, form.getVersion(), form),
                () -> render(model, id, user),
                () -> {
                    // The user's input stays; the form now carries the current version, so saving again is a
                    // deliberate choice.
                    SettlementForm saved = SettlementForm.of(queries.find(id).orElseThrow());
                    form.setVersion(saved.getVersion());
                    model.addAttribute("conflicts", ConflictLine.compare()
                            .field("settlement.field.name", saved.getName(), form.getName())
                            .field("settlement.field.county", countyName(saved.getCounty()),
                                    countyName(form.getCounty()))
                            .field("settlement.field.type", typeLabel(saved.getType(), locale),
                                    typeLabel(form.getType(), locale))
                            .field("settlement.field.parent", saved.getParent(), form.getParent())
                            .field("settlement.field.population", saved.getPopulation(), form.getPopulation())
                            .field("settlement.field.kshCode", saved.getKshCode(), form.getKshCode())
                            .field("settlement.field.microRegion", saved.getMicroRegion(), form.getMicroRegion())
                            .field("settlement.field.disadvantaged", yesNo(saved.isDisadvantaged(), locale),
                                    yesNo(form.isDisadvantaged(), locale))
                            .field("settlement.field.latitude", plain(saved.getLatitude()), plain(form.getLatitude()))
                            .field("settlement.field.longitude", plain(saved.getLongitude()),
                                    plain(form.getLongitude()))
                            .list());
                    return render(model, id, user);
                });
        return failed != null ? failed : FlashMessages.redirect(redirect, "settlement.updated", "/settlements/" + id);
    }

    private static Set<String> fieldsWithErrors(BindingResult errors) {
        return errors.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
    }

    private String countyName(String code) {
        return counties.all().stream().filter(c -> c.code().equals(code)).map(County::name).findFirst().orElse(code);
    }

    private String typeLabel(SettlementType type, Locale locale) {
        return type == null ? "" : messages.getMessage("settlement.type." + type.name(), null, locale);
    }

    private String yesNo(boolean value, Locale locale) {
        return messages.getMessage(value ? "registry.yes" : "registry.no", null, locale);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private String render(Model model, Long id, PortalUser user) {
        model.addAttribute("settlementId", id);
        model.addAttribute("countyOptions", counties.optionsFor(user));
        model.addAttribute("types", SettlementType.values());
        return "geography/form";
    }
}
