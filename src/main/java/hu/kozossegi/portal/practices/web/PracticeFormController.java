package hu.kozossegi.portal.practices.web;

import hu.kozossegi.portal.shared.web.FieldErrors;

import hu.kozossegi.portal.shared.web.ConflictLine;

import hu.kozossegi.portal.shared.rules.VersionConflictException;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import java.util.Locale;

import hu.kozossegi.portal.practices.internal.InitiativeSources;
import hu.kozossegi.portal.practices.internal.InitiativeSources.InitiativeRef;
import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.practices.internal.PracticeReader;
import hu.kozossegi.portal.practices.internal.PracticeService;
import hu.kozossegi.portal.practices.internal.Themes;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.FlashMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Proposing a good practice from an initiative, editing it and submitting it for review. */
@Controller
class PracticeFormController {

    private static final String FORM = "practices/form";

    private final PracticeService service;
    private final PracticeReader reader;
    private final InitiativeSources initiatives;
    private final Themes themes;

    PracticeFormController(PracticeService service, PracticeReader reader, InitiativeSources initiatives,
            Themes themes) {
        this.service = service;
        this.reader = reader;
        this.initiatives = initiatives;
        this.themes = themes;
    }

    @GetMapping("/good-practices/new")
    String newForm(@RequestParam("initiative") long initiativeId, Model model, Locale locale) {
        InitiativeRef initiative = proposable(initiativeId);
        return render(model, new PracticeForm(), initiative, null, locale);
    }

    @PostMapping("/good-practices/new")
    String propose(@RequestParam("initiative") long initiativeId, @Valid @ModelAttribute("form") PracticeForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        InitiativeRef initiative = proposable(initiativeId);
        checkMore(form, errors);
        if (errors.hasErrors()) {
            return render(model, form, initiative, null, locale);
        }
        long id = service.propose(initiative.source(), form.content());
        return FlashMessages.redirect(redirect, "practice.flash.created", "/good-practices/" + id);
    }

    @GetMapping("/good-practices/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        Practice practice = editable(id);
        return render(model, PracticeForm.of(practice.content(), practice.version()), null, practice, locale);
    }

    @PostMapping("/good-practices/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") PracticeForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Practice practice = editable(id);
        checkMore(form, errors);
        if (!errors.hasErrors()) {
            try {
                service.edit(id, form.getVersion() == null ? -1 : form.getVersion(), form.content());
                return FlashMessages.redirect(redirect, "practice.flash.saved", "/good-practices/" + id);
            }
            catch (VersionConflictException stale) {
                Practice saved = reader.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
                PracticeForm savedForm = PracticeForm.of(saved.content(), saved.version());
                model.addAttribute("conflicts", ConflictLine.compare()
                        .field("practice.field.title", savedForm.getTitle(), form.getTitle())
                        .field("practice.field.summary", savedForm.getSummary(), form.getSummary())
                        .field("practice.field.problem", savedForm.getProblem(), form.getProblem())
                        .field("practice.field.method", savedForm.getMethod(), form.getMethod())
                        .field("practice.field.requirements", savedForm.getRequirements(), form.getRequirements())
                        .field("practice.field.results", savedForm.getResults(), form.getResults())
                        .field("practice.field.pitfalls", savedForm.getPitfalls(), form.getPitfalls())
                        .field("practice.field.transferability", savedForm.getTransferability(),
                                form.getTransferability())
                        .field("practice.field.contactName", savedForm.getContactName(), form.getContactName())
                        .field("practice.field.contactRole", savedForm.getContactRole(), form.getContactRole())
                        .field("practice.field.contactEmail", savedForm.getContactEmail(), form.getContactEmail())
                        .field("practice.field.contactPhone", savedForm.getContactPhone(), form.getContactPhone())
                        .field("practice.field.contactConsent", savedForm.isContactConsent(),
                                form.isContactConsent())
                        .set("practice.field.themes", savedForm.getThemes(), form.getThemes())
                        .list());
                form.setVersion(saved.version());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
            catch (FieldViolationException broken) {
                FieldErrors.reject(errors, broken);
            }
        }
        return render(model, form, null, practice, locale);
    }

    @PostMapping("/good-practices/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(name = "version", required = false) String typedVersion,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        Practice practice = reader.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!service.mayEdit(practice.countyCode())) {
            throw new AccessDeniedException("not the practice's county");
        }
        long version = RequiredParam.number(typedVersion);
        service.submit(id, version, comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000));
        return FlashMessages.redirect(redirect, "practice.flash.submitted", "/good-practices/" + id);
    }

    private InitiativeRef proposable(long initiativeId) {
        InitiativeRef initiative = initiatives.find(initiativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        service.checkMayPropose(initiative.countyCode());
        return initiative;
    }

    private Practice editable(long id) {
        Practice practice = reader.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!service.mayEdit(practice.countyCode())) {
            throw new AccessDeniedException("not the practice's county");
        }
        if (!practice.status().editable()) {
            throw new FieldViolationException(null, "practice.error.notEditable");
        }
        return practice;
    }

    private void checkMore(PracticeForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("contactEmail") && !errors.hasFieldErrors("contactPhone") && !form.reachable()) {
            errors.rejectValue("contactEmail", "practice.error.contactRequired");
        }
        if (!errors.hasFieldErrors("themes") && !form.getThemes().stream().allMatch(themes::exists)) {
            errors.rejectValue("themes", "practice.error.themeUnknown");
        }
    }

    private String render(Model model, PracticeForm form, InitiativeRef initiative, Practice practice, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("initiative", initiative);
        model.addAttribute("practice", practice);
        model.addAttribute("themeOptions", themes.options(locale));
        return FORM;
    }
}
