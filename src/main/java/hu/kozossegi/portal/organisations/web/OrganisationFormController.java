package hu.kozossegi.portal.organisations.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import hu.kozossegi.portal.initiatives.Initiatives;
import hu.kozossegi.portal.initiatives.OutcomeSummary;
import hu.kozossegi.portal.organisations.InitiativeRelation;
import hu.kozossegi.portal.organisations.OrganisationKind;
import hu.kozossegi.portal.organisations.internal.OrganisationData;
import hu.kozossegi.portal.organisations.internal.OrganisationQueries;
import hu.kozossegi.portal.organisations.internal.OrganisationRow;
import hu.kozossegi.portal.organisations.internal.OrganisationService;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import hu.kozossegi.portal.shared.web.Option;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create and edit an organisation; searching, adding and removing initiatives re-render the form. With
 * {@code ?outcome=} the form creates (or links an existing organisation as) the outcome "civil organisation founded".
 */
@Controller
class OrganisationFormController {

    private static final int INITIATIVE_RESULTS = 15;

    private final OrganisationService service;
    private final OrganisationQueries queries;
    private final OrganisationFormMapper mapper;
    private final Initiatives initiatives;
    private final Counties counties;
    private final SpringValidatorAdapter validator;

    OrganisationFormController(OrganisationService service, OrganisationQueries queries,
            OrganisationFormMapper mapper, Initiatives initiatives, Counties counties,
            jakarta.validation.Validator validator) {
        this.service = service;
        this.queries = queries;
        this.mapper = mapper;
        this.initiatives = initiatives;
        this.counties = counties;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/organisations/new")
    String create(@RequestParam(required = false) Long outcome, Model model) {
        PortalUser user = service.checkMayWrite();
        OrganisationForm form = new OrganisationForm();
        form.setCounty(user.countyCode() == null ? "" : user.countyCode());
        if (outcome != null) {
            OutcomeSummary founded = service.checkFoundingOutcome(outcome);
            form.setOutcomeId(founded.id());
            form.setName(founded.name());
            form.setKind(OrganisationKind.ASSOCIATION.name());
            form.setCounty(founded.countyCode());
            form.setSeatSettlement(founded.primarySettlementName());
            form.setFoundedOn(founded.achievedOn());
            form.getLinks().add(new OrganisationForm.LinkRow(founded.initiativeId(), InitiativeRelation.BORN_FROM.name()));
        }
        return render(form, null, model, List.of());
    }

    /** Saving: the default of the form (Enter in a text field, or the save button). */
    @PostMapping("/organisations/new")
    String create(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        checkCreate(form);
        Optional<OrganisationData> data = validate(form, errors);
        if (data.isEmpty()) {
            return render(form, null, model, List.of());
        }
        long[] id = new long[1];
        String failed = FormSave.orRender(errors, response, () -> id[0] = service.create(data.get()),
                () -> render(form, null, model, List.of()));
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "organisation.created", "/organisations/" + id[0]);
    }

    @GetMapping("/organisations/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) Long outcome, Model model) {
        PortalUser user = service.checkMayEdit(id);
        OrganisationRow row = find(id, user);
        OrganisationForm form = OrganisationFormMapper.from(row, queries.links(id));
        if (outcome != null && row.foundedOutcomeId() == null) {
            OutcomeSummary founded = service.checkFoundingOutcome(outcome);
            form.setOutcomeId(founded.id());
            form.getLinks().removeIf(l -> Objects.equals(l.getInitiativeId(), founded.initiativeId()));
            form.getLinks().add(new OrganisationForm.LinkRow(founded.initiativeId(), InitiativeRelation.BORN_FROM.name()));
        }
        return render(form, id, model, List.of());
    }

    @PostMapping("/organisations/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser user = service.checkMayEdit(id);
        Optional<OrganisationData> data = validate(form, errors);
        if (data.isEmpty()) {
            return render(form, id, model, List.of());
        }
        String failed = FormSave.orRender(errors, response, () -> service.update(id, form.getVersion(), data.get()),
                () -> render(form, id, model, List.of()),
                () -> {
                    OrganisationRow saved = find(id, user);
                    List<ConflictLine> conflicts = conflicts(form,
                            OrganisationFormMapper.from(saved, queries.links(id)));
                    form.setVersion(saved.version());
                    return render(form, id, model, conflicts);
                });
        return failed != null ? failed : FlashMessages.redirect(redirect, "organisation.saved", "/organisations/" + id);
    }

    private static List<ConflictLine> conflicts(OrganisationForm yours, OrganisationForm saved) {
        return ConflictLine.compare()
                .field("organisation.field.name", saved.getName(), yours.getName())
                .field("organisation.field.kind", saved.getKind(), yours.getKind())
                .field("organisation.field.county", saved.getCounty(), yours.getCounty())
                .field("organisation.field.seatSettlement", saved.getSeatSettlement(), yours.getSeatSettlement())
                .field("organisation.field.foundedOn", saved.getFoundedOn(), yours.getFoundedOn())
                .field("organisation.field.focus", saved.getFocus(), yours.getFocus())
                .field("organisation.field.contactName", saved.getContactName(), yours.getContactName())
                .field("organisation.field.contactEmail", saved.getContactEmail(), yours.getContactEmail())
                .field("organisation.field.contactPhone", saved.getContactPhone(), yours.getContactPhone())
                .field("organisation.field.active", saved.isActive(), yours.isActive())
                .set("organisation.field.links", links(saved), links(yours))
                .list();
    }

    private static List<String> links(OrganisationForm form) {
        return form.getLinks().stream().filter(l -> l != null && l.getInitiativeId() != null)
                .map(l -> l.getInitiativeId() + " " + l.getRelation()).toList();
    }

    private Optional<OrganisationData> validate(OrganisationForm form, BindingResult errors) {
        validator.validate(form, errors);
        return mapper.map(form, errors);
    }

    /**
     * The buttons that are not a save (search, add or remove an initiative) re-render the form, nothing validated.
     * A browser sends only the pressed button; the conditions exclude each other, and "save" always saves.
     */
    @PostMapping(value = "/organisations/new", params = {"searchInitiatives", "!addInitiative", "!removeInitiative", "!save"})
    String createSearch(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model) {
        checkCreate(form);
        return search(form, null, model);
    }

    @PostMapping(value = "/organisations/new", params = {"addInitiative", "!removeInitiative", "!save"})
    String createAdd(@ModelAttribute("form") OrganisationForm form, BindingResult errors, @RequestParam String addInitiative, Model model) {
        checkCreate(form);
        return add(form, null, addInitiative, model);
    }

    @PostMapping(value = "/organisations/new", params = {"removeInitiative", "!save"})
    String createRemove(@ModelAttribute("form") OrganisationForm form, BindingResult errors, @RequestParam String removeInitiative,
            Model model) {
        checkCreate(form);
        return remove(form, null, removeInitiative, model);
    }

    @PostMapping(value = "/organisations/{id}/edit",
            params = {"searchInitiatives", "!addInitiative", "!removeInitiative", "!save"})
    String editSearch(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model) {
        service.checkMayEdit(id);
        return search(form, id, model);
    }

    @PostMapping(value = "/organisations/{id}/edit", params = {"addInitiative", "!removeInitiative", "!save"})
    String editAdd(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult errors,
            @RequestParam String addInitiative, Model model) {
        service.checkMayEdit(id);
        return add(form, id, addInitiative, model);
    }

    @PostMapping(value = "/organisations/{id}/edit", params = {"removeInitiative", "!save"})
    String editRemove(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult errors,
            @RequestParam String removeInitiative, Model model) {
        service.checkMayEdit(id);
        return remove(form, id, removeInitiative, model);
    }

    private void checkCreate(OrganisationForm form) {
        service.checkMayWrite();
        if (form.getOutcomeId() != null) {
            service.checkFoundingOutcome(form.getOutcomeId());
        }
    }

    private String add(OrganisationForm form, Long id, String value, Model model) {
        long initiative = RequiredParam.number(value);
        if (form.getLinks().stream().noneMatch(l -> Objects.equals(l.getInitiativeId(), initiative))) {
            form.getLinks().add(new OrganisationForm.LinkRow(initiative, InitiativeRelation.RUNS.name()));
        }
        return render(form, id, model, List.of());
    }

    private String remove(OrganisationForm form, Long id, String value, Model model) {
        long initiative = RequiredParam.number(value);
        form.getLinks().removeIf(l -> l != null && Objects.equals(l.getInitiativeId(), initiative));
        return render(form, id, model, List.of());
    }

    private String search(OrganisationForm form, Long id, Model model) {
        if (!OrganisationForm.isBlank(form.getInitiativeQuery()) && form.getInitiativeQuery().length() <= 100) {
            String county = counties.exists(form.getCounty()) ? form.getCounty() : null;
            List<Long> chosen = form.getLinks().stream().map(OrganisationForm.LinkRow::getInitiativeId).toList();
            model.addAttribute("initiativeResults", initiatives.search(form.getInitiativeQuery(), county,
                    INITIATIVE_RESULTS).stream().filter(i -> !chosen.contains(i.id())).toList());
        }
        return render(form, id, model, List.of());
    }

    private OrganisationRow find(long id, PortalUser user) {
        return queries.find(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String render(OrganisationForm form, Long id, Model model, List<ConflictLine> conflicts) {
        PortalUser user = service.checkMayWrite();
        form.getLinks().removeIf(l -> l == null || l.getInitiativeId() == null);
        model.addAttribute("form", form);
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("relations", InitiativeRelation.values());
        model.addAttribute("countyOptions", counties.all().stream()
                .filter(c -> user.isNationalOffice() || c.code().equals(user.countyCode())
                        || c.code().equals(form.getCounty()))
                .map(c -> new Option(c.code(), c.name())).toList());
        Map<Long, InitiativeSummary> linked = new java.util.HashMap<>();
        initiatives.findAll(form.getLinks().stream().map(OrganisationForm.LinkRow::getInitiativeId).toList())
                .forEach(i -> linked.put(i.id(), i));
        model.addAttribute("linkedInitiatives", linked);
        model.addAttribute("outcome", form.getOutcomeId() == null ? null
                : initiatives.outcome(form.getOutcomeId()).orElse(null));
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("lockedYears", service.lockedYears());
        model.addAttribute("fixedDates", id == null ? List.of() : service.fixedDates(id));
        return "organisations/form";
    }
}
