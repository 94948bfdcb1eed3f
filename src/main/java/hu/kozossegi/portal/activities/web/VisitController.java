package hu.kozossegi.portal.activities.web;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.OwnCountyFilter;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.activities.VisitPageSection;
import hu.kozossegi.portal.activities.internal.FollowUp;
import hu.kozossegi.portal.activities.internal.Visit;
import hu.kozossegi.portal.activities.internal.VisitDetails;
import hu.kozossegi.portal.activities.internal.VisitRow;
import hu.kozossegi.portal.activities.internal.VisitRules;
import hu.kozossegi.portal.activities.internal.VisitStatus;
import hu.kozossegi.portal.activities.internal.Visits;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.SettlementNameResolver;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import hu.kozossegi.portal.initiatives.Initiatives;
import hu.kozossegi.portal.people.Workers;
import hu.kozossegi.portal.shared.db.SummedPage;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FieldErrors;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

@Controller
class VisitController {

    private final OwnCountyFilter ownCounty;
    private final Visits visits;
    private final SettlementNameResolver names;
    private final Settlements settlements;
    private final Counties counties;
    private final Workers workers;
    private final CountyAccess access;
    private final InitiativeNames initiativeNames;
    private final Initiatives initiatives;
    private final List<VisitPageSection> sections;

    /** A section of another module on the visit's page: its fragment and model. */
    record Section(String fragment, Map<String, Object> model) {
    }

    VisitController(Visits visits, SettlementNameResolver names, Settlements settlements, Counties counties,
            Workers workers, CountyAccess access, InitiativeNames initiativeNames, Initiatives initiatives,
            OwnCountyFilter ownCounty, List<VisitPageSection> sections) {
        this.ownCounty = ownCounty;
        this.sections = sections.stream().sorted(Comparator.comparingInt(VisitPageSection::order)).toList();
        this.visits = visits;
        this.names = names;
        this.settlements = settlements;
        this.counties = counties;
        this.workers = workers;
        this.access = access;
        this.initiativeNames = initiativeNames;
        this.initiatives = initiatives;
    }

    @GetMapping("/visits")
    String list(@RequestParam(required = false) String county, @RequestParam(required = false) String organiser,
            @RequestParam(required = false) Integer region, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) VisitStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        String countyCode = counties.filterCode(ownCounty.county(county, request, model));
        String organiserCode = counties.filterCode(organiser);
        Integer regionId = counties.filterRegion(region);
        FilterParams.year(year);
        String query = FilterParams.blankToNull(q);
        SummedPage<VisitRow> found = visits.page(countyCode, organiserCode, regionId, year, status, query,
                PageRequest.of(FilterParams.page(page), EventController.PAGE_SIZE))
                .orLastPage(n -> visits.page(countyCode, organiserCode, regionId, year, status, query,
                        PageRequest.of(n, EventController.PAGE_SIZE)));
        Page<VisitRow> rows = found.page();
        ListPage.show(model, rows, request);
        model.addAttribute("visitorTotal", found.sum());
        model.addAttribute("organiser", organiserCode);
        model.addAttribute("status", status);
        model.addAttribute("statuses", VisitStatus.values());
        model.addAttribute("region", regionId);
        model.addAttribute("regionOptions", counties.regionOptions());
        model.addAttribute("hosts", settlements.findAll(rows.getContent().stream()
                .map(VisitRow::hostSettlementId).distinct().toList()));
        model.addAttribute("countyNames", EventController.countyNames(counties));
        model.addAttribute("countyOptions", counties.options());
        model.addAttribute("county", countyCode);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("canCreate", access.currentUser().map(u -> u.isNationalOffice()
                || access.canWrite(u.countyCode())).orElse(false));
        return "activities/visit-list";
    }

    @GetMapping("/visits/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        Visit visit = visits.get(id);
        List<Long> visiting = visits.visitingSettlements(id);
        List<Long> travelled = visits.workers(id);
        List<Long> settlementIds = Stream.concat(Stream.of(visit.getHostSettlementId()), visiting.stream()).toList();
        model.addAttribute("visit", visit);
        var found = settlements.findAll(settlementIds);
        model.addAttribute("host", found.get(visit.getHostSettlementId()));
        model.addAttribute("visiting", visiting.stream().map(found::get).filter(Objects::nonNull).toList());
        model.addAttribute("hostInitiative", initiative(visit.getHostInitiativeId()));
        model.addAttribute("visitingInitiatives", initiatives(visits.visitingInitiatives(id)));
        model.addAttribute("travelled", travelled);
        model.addAttribute("workers", workers.findAll(travelled));
        model.addAttribute("county", counties.find(visit.getCountyCode()).orElse(null));
        boolean canEdit = visits.canEdit(visit);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("q", q);
        PortalUser user = access.requireUser();
        model.addAttribute("sections", sections.stream()
                .map(section -> new Section(section.fragment(), section.model(user, id)))
                .filter(section -> !section.model().isEmpty()).toList());
        if (canEdit && q != null && !q.isBlank()) {
            model.addAttribute("results", workers.search(q, visit.getCountyCode(), 20));
            model.addAttribute("travelledIds", new HashSet<>(travelled));
        }
        return "activities/visit-detail";
    }

    @PostMapping("/visits/{id}/workers")
    String addWorker(@PathVariable long id, @RequestParam(name = "workerId", required = false) String typedWorkerId,
            RedirectAttributes redirect) {
        visits.checkEditable(id);
        long workerId = RequiredParam.number(typedWorkerId);
        if (workers.find(workerId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        boolean added = visits.addWorker(id, workerId);
        redirect.addFlashAttribute(added ? FlashMessages.SUCCESS : FlashMessages.WARNING,
                added ? "visit.workerAdded" : "visit.workerAlready");
        return "redirect:/visits/" + id;
    }

    @PostMapping("/visits/{id}/workers/{workerId}/remove")
    String removeWorker(@PathVariable long id, @PathVariable long workerId, RedirectAttributes redirect) {
        visits.removeWorker(id, workerId);
        return FlashMessages.redirect(redirect, "visit.workerRemoved", "/visits/" + id);
    }

    @GetMapping("/visits/new")
    String createForm(Model model) {
        PortalUser user = access.requireUser();
        if (!user.isNationalOffice()) {
            visits.checkCreate(user.countyCode());
        }
        return form(VisitForm.empty(user.countyCode()), null, model);
    }

    @PostMapping("/visits/new")
    String create(@Valid @ModelAttribute("form") VisitForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        visits.checkCreate(form.countyCode());
        VisitDetails details = resolve(form, errors, model);
        if (details == null) {
            return form(form, null, model);
        }
        long[] saved = new long[1];
        String failed = FormSave.orRender(errors, response, () -> saved[0] = visits.create(details).getId(),
                () -> form(form, null, model));
        return failed != null ? failed : FlashMessages.redirect(redirect, "visit.saved", "/visits/" + saved[0]);
    }

    @GetMapping("/visits/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Visit visit = visits.checkEditable(id);
        return form(storedForm(visit), visit, model);
    }

    private VisitForm storedForm(Visit visit) {
        long id = visit.getId();
        List<Long> visiting = visits.visitingSettlements(id);
        var found = settlements.findAll(Stream.concat(Stream.of(visit.getHostSettlementId()), visiting.stream())
                .toList());
        return VisitForm.of(visit, found.get(visit.getHostSettlementId()),
                visiting.stream().map(found::get).toList(), initiative(visit.getHostInitiativeId()),
                initiatives(visits.visitingInitiatives(id)));
    }

    @PostMapping("/visits/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") VisitForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Visit visit = visits.checkEditable(id);
        visits.checkCreate(form.countyCode());
        if (form.getVersion() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        VisitDetails details = resolve(form, errors, model);
        if (details == null) {
            return form(form, visit, model);
        }
        String failed = FormSave.orRender(errors, response, () -> visits.update(id, form.getVersion(), details),
                () -> form(form, visit, model), () -> {
                    Visit saved = visits.checkEditable(id);
                    model.addAttribute("conflicts", ActivityConflicts.between(form, storedForm(saved)));
                    form.setVersion(saved.getVersion());
                    return form(form, visit, model);
                });
        return failed != null ? failed : FlashMessages.redirect(redirect, "visit.saved", "/visits/" + id);
    }

    private VisitDetails resolve(VisitForm form, BindingResult errors, Model model) {
        String county = form.countyCode();
        if (county == null || !counties.exists(county)) {
            errors.rejectValue("county", "visit.error.countyRequired");
        }
        SettlementSummary host = null;
        if (form.getHostSettlement() != null && !form.getHostSettlement().isBlank()) {
            SettlementNameResolver.Resolved result = names.resolvePreferring(form.getHostSettlement(), county);
            host = result.settlement();
            result.violation("hostSettlement").ifPresent(v -> FieldErrors.reject(errors, List.of(v)));
        }
        List<Long> visiting = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (form.getVisitingSettlements() != null) {
            for (String line : form.getVisitingSettlements().split("\\R")) {
                if (line.isBlank() || !seen.add(line.trim())) {
                    continue;
                }
                SettlementNameResolver.Resolved result = names.resolve(line);
                if (!result.found()) {
                    result.violation("visitingSettlements").ifPresent(v -> FieldErrors.reject(errors, List.of(v)));
                } else {
                    visiting.add(result.settlement().id());
                }
            }
        }
        Long hostInitiativeId = resolveHostInitiative(form, host != null ? host.countyCode() : county, errors, model);
        List<Long> visitingInitiatives = resolveVisitingInitiatives(form, errors, model);
        if (visiting.isEmpty() && visitingInitiatives.isEmpty() && !errors.hasFieldErrors("visitingSettlements")
                && !errors.hasFieldErrors("visitingInitiatives")) {
            errors.rejectValue("visitingSettlements", "visit.error.visitingRequired");
        }
        if (form.getFollowUp() == null && form.getFollowUpDate() != null) {
            errors.rejectValue("followUp", "visit.error.followUpStatusRequired");
        }
        if (errors.hasErrors()) {
            return null;
        }
        VisitDetails details = new VisitDetails(form.getVisitDate(), form.getStatus(), county, host.id(), hostInitiativeId, visiting,
                visitingInitiatives,
                form.getPurpose().trim(), FilterParams.blankToNull(form.getLearned()),
                form.getOtherParticipants(), form.getFollowUp(), form.getFollowUpDate(),
                FilterParams.blankToNull(form.getFollowUpNote()));
        var violations = VisitRules.violations(details);
        FieldErrors.reject(errors, violations);
        return violations.isEmpty() ? details : null;
    }

    private Long resolveHostInitiative(VisitForm form, String county, BindingResult errors, Model model) {
        String typed = form.getHostInitiative();
        if (typed == null || typed.isBlank() || errors.hasFieldErrors("hostInitiative")) {
            form.setHostInitiativeId(null);
            return null;
        }
        List<Long> chosen = form.getHostInitiativeId() == null ? List.of() : List.of(form.getHostInitiativeId());
        InitiativeNames.Result result = initiativeNames.resolve(typed, chosen, county);
        if (result.matches().size() == 1) {
            form.setHostInitiativeId(result.matches().get(0).id());
            return form.getHostInitiativeId();
        }
        form.setHostInitiativeId(null);
        model.addAttribute("hostInitiativeCandidates", result.candidates());
        errors.rejectValue("hostInitiative", result.ambiguous() ? "visit.error.initiativeAmbiguous"
                : "visit.error.initiativeUnknown", new Object[] {typed.trim()}, null);
        return null;
    }

    /** One initiative a line, of any county; ambiguous lines offer their candidates as checkboxes. */
    private List<Long> resolveVisitingInitiatives(VisitForm form, BindingResult errors, Model model) {
        Set<Long> resolved = new LinkedHashSet<>();
        List<InitiativeSummary> candidates = new ArrayList<>();
        if (form.getVisitingInitiatives() != null && !errors.hasFieldErrors("visitingInitiatives")) {
            Set<String> seen = new HashSet<>();
            for (String line : form.getVisitingInitiatives().split("\\R")) {
                if (line.isBlank() || !seen.add(line.trim())) {
                    continue;
                }
                InitiativeNames.Result result = initiativeNames.resolve(line, form.getVisitingInitiativeIds(), null);
                result.matches().forEach(i -> resolved.add(i.id()));
                result.candidates().stream().filter(c -> candidates.stream().noneMatch(k -> k.id() == c.id()))
                        .forEach(candidates::add);
                if (result.matches().isEmpty()) {
                    errors.rejectValue("visitingInitiatives", result.ambiguous() ? "visit.error.initiativeAmbiguous"
                            : "visit.error.initiativeUnknown", new Object[] {line.trim()}, null);
                }
            }
        }
        form.setVisitingInitiativeIds(new ArrayList<>(resolved));
        model.addAttribute("visitingInitiativeCandidates", candidates);
        return List.copyOf(resolved);
    }

    private InitiativeSummary initiative(Long id) {
        return id == null ? null : initiatives.find(id).orElse(null);
    }

    private List<InitiativeSummary> initiatives(List<Long> ids) {
        return initiatives.findAll(ids);
    }

    private String form(VisitForm form, Visit visit, Model model) {
        PortalUser user = access.requireUser();
        model.addAttribute("form", form);
        model.addAttribute("visit", visit);
        model.addAttribute("lockedYear", visit == null ? null : visits.lockedYear(visit));
        model.addAttribute("lockedYears", visits.lockedYears());
        model.addAttribute("followUps", FollowUp.values());
        model.addAttribute("statuses", VisitStatus.values());
        model.addAttribute("countyOptions", counties.optionsFor(user));
        model.addAttribute("national", user.isNationalOffice());
        return "activities/visit-form";
    }

}
