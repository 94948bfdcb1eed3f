package hu.kozossegi.portal.initiatives.web;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.initiatives.InitiativePageSection;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetailQuery;
import hu.kozossegi.portal.initiatives.internal.InitiativeHistory;
import hu.kozossegi.portal.initiatives.internal.InitiativeService;
import hu.kozossegi.portal.initiatives.internal.NoteService;
import hu.kozossegi.portal.initiatives.internal.OutcomeService;
import hu.kozossegi.portal.initiatives.internal.OutcomeType;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import hu.kozossegi.portal.shared.years.ReportYears;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The initiative page with its outcomes and notes, the history of changes, and deletion. */
@Controller
class InitiativeDetailController {

    private final InitiativeDetailQuery details;
    private final InitiativeService service;
    private final OutcomeService outcomes;
    private final NoteService notes;
    private final InitiativeHistory history;
    private final CountyAccess access;
    private final ReportYears years;
    private final List<InitiativePageSection> sections;

    InitiativeDetailController(InitiativeDetailQuery details, InitiativeService service, OutcomeService outcomes,
            NoteService notes, InitiativeHistory history, CountyAccess access, ReportYears years,
            List<InitiativePageSection> sections) {
        this.details = details;
        this.service = service;
        this.outcomes = outcomes;
        this.notes = notes;
        this.history = history;
        this.access = access;
        this.years = years;
        this.sections = sections.stream().sorted(Comparator.comparingInt(InitiativePageSection::order)).toList();
    }

    /** A part another module contributes to the page: its fragment and its model. */
    record Section(String fragment, Map<String, Object> model) {
    }

    @GetMapping("/initiatives/{id}")
    String show(@PathVariable long id, Model model) {
        return render(find(id), OutcomeForm.empty(), NoteForm.today(), model);
    }

    @PostMapping("/initiatives/{id}/outcomes")
    String addOutcome(@PathVariable long id, @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        InitiativeDetail detail = find(id);
        service.checkEdit(detail.head().countyCode());
        OutcomeType type = form.outcomeType();
        LocalDate date = form.achievedOn();
        String failed = FormSave.orRender(errors, response,
                () -> outcomes.add(id, type, form.name().trim(), date, FilterParams.blankToNull(form.description())),
                () -> render(detail, form, NoteForm.today(), model));
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "outcome.added", "/initiatives/" + id + "#outcomes");
    }

    @PostMapping("/initiatives/{id}/notes")
    String addNote(@PathVariable long id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        InitiativeDetail detail = find(id);
        notes.checkWrite(detail.head().countyCode());
        LocalDate date = form.notedOn();
        String failed = FormSave.orRender(errors, response, () -> notes.add(id, date, form.text().trim()),
                () -> render(detail, OutcomeForm.empty(), form, model));
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "note.added", "/initiatives/" + id + "#notes");
    }

    @GetMapping("/initiatives/{id}/history")
    String history(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("initiative", find(id).head());
        model.addAttribute("revisions", history.of(id, locale));
        return "initiatives/history";
    }

    @GetMapping("/initiatives/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        access.checkNationalOffice();
        InitiativeDetail detail = find(id);
        model.addAttribute("initiative", detail.head());
        model.addAttribute("hasOutcomes", !detail.outcomes().isEmpty());
        return "initiatives/delete";
    }

    @PostMapping("/initiatives/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        access.checkNationalOffice();
        InitiativeDetail detail = find(id);
        try {
            service.delete(id);
        } catch (FieldViolationException e) {
            model.addAttribute("initiative", detail.head());
            model.addAttribute("hasOutcomes", true);
            return "initiatives/delete";
        }
        return FlashMessages.redirect(redirect, "initiative.deleted", "/initiatives");
    }

    /** Years whose outcomes and notes the user may not change: closed ones, for county staff who write here. */
    private Set<Integer> lockedYears(PortalUser user, InitiativeDetail detail, boolean mayWrite) {
        boolean hasEntries = !detail.outcomes().isEmpty() || !detail.notes().isEmpty();
        return mayWrite && hasEntries && !user.isNationalOffice() ? years.closedYears() : Set.of();
    }

    private InitiativeDetail find(long id) {
        return details.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String render(InitiativeDetail detail, OutcomeForm outcomeForm, NoteForm noteForm, Model model) {
        PortalUser user = access.requireUser();
        String county = detail.head().countyCode();
        model.addAttribute("detail", detail);
        model.addAttribute("i", detail.head());
        boolean canEdit = CountyAccess.canWrite(user, county, Role.COUNTY_COORDINATOR);
        boolean canNote = CountyAccess.canWrite(user, county, Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canNote", canNote);
        model.addAttribute("lockedYears", lockedYears(user, detail, canNote));
        model.addAttribute("closedYears", canNote ? years.lockedFor(user.isNationalOffice()) : List.of());
        model.addAttribute("canDelete", user.isNationalOffice() && detail.outcomes().isEmpty());
        model.addAttribute("outcomeTypes", OutcomeType.values());
        model.addAttribute("outcomeForm", outcomeForm);
        model.addAttribute("noteForm", noteForm);
        long id = detail.head().id();
        for (InitiativePageSection.Place place : InitiativePageSection.Place.values()) {
            model.addAttribute(place == InitiativePageSection.Place.ACTIONS ? "actionSections" : "endSections",
                    sections.stream().filter(section -> section.place() == place)
                            .map(section -> new Section(section.fragment(), section.model(user, id, county)))
                            .filter(section -> !section.model().isEmpty()).toList());
        }
        return "initiatives/detail";
    }
}
