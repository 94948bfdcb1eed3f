package hu.kozossegi.portal.activities.web;

import hu.kozossegi.portal.activities.EventOrganisations;
import org.springframework.beans.factory.ObjectProvider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;

import hu.kozossegi.portal.accounts.Accounts;
import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.OwnCountyFilter;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.StaffMember;
import hu.kozossegi.portal.activities.internal.Attendance;
import hu.kozossegi.portal.activities.internal.AttendanceRow;
import hu.kozossegi.portal.activities.internal.Clash;
import hu.kozossegi.portal.activities.internal.Event;
import hu.kozossegi.portal.activities.internal.EventDetails;
import hu.kozossegi.portal.activities.internal.EventFilter;
import hu.kozossegi.portal.activities.internal.EventKind;
import hu.kozossegi.portal.activities.internal.EventQueries;
import hu.kozossegi.portal.activities.internal.EventRow;
import hu.kozossegi.portal.activities.internal.EventStatus;
import hu.kozossegi.portal.activities.internal.Events;
import hu.kozossegi.portal.activities.internal.Presence;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import hu.kozossegi.portal.initiatives.Initiatives;
import hu.kozossegi.portal.people.Workers;
import hu.kozossegi.portal.shared.db.SummedPage;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import hu.kozossegi.portal.shared.web.Option;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
class EventController {

    static final int PAGE_SIZE = 25;

    private final OwnCountyFilter ownCounty;
    private final Events events;
    private final EventQueries queries;
    private final Attendance attendance;
    private final EventFormResolver resolver;
    private final CountyAccess access;
    private final Counties counties;
    private final Settlements settlements;
    private final Workers workers;
    private final Accounts accounts;
    private final Initiatives initiatives;

    private final ObjectProvider<EventOrganisations> organisations;

    EventController(Events events, EventQueries queries, Attendance attendance, EventFormResolver resolver,
            CountyAccess access, Counties counties, Settlements settlements, Workers workers, Accounts accounts,
            Initiatives initiatives, ObjectProvider<EventOrganisations> organisations, OwnCountyFilter ownCounty) {
        this.organisations = organisations;
        this.ownCounty = ownCounty;
        this.events = events;
        this.queries = queries;
        this.attendance = attendance;
        this.resolver = resolver;
        this.access = access;
        this.counties = counties;
        this.settlements = settlements;
        this.workers = workers;
        this.accounts = accounts;
        this.initiatives = initiatives;
    }

    @GetMapping("/events")
    String list(@RequestParam(required = false) EventKind kind, @RequestParam(required = false) String county,
            @RequestParam(required = false) Integer region, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) EventStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        String countyCode = checkCounty(ownCounty.county(county, request, model));
        EventFilter filter = new EventFilter(kind, countyCode, counties.filterRegion(region), status,
                FilterParams.year(year), from, to, FilterParams.blankToNull(q));
        SummedPage<EventRow> found = queries.page(filter, PageRequest.of(FilterParams.page(page), PAGE_SIZE))
                .orLastPage(n -> queries.page(filter, PageRequest.of(n, PAGE_SIZE)));
        Page<EventRow> rows = found.page();
        ListPage.show(model, rows, request);
        model.addAttribute("presentTotal", found.sum());
        model.addAttribute("regionOptions", counties.regionOptions());
        model.addAttribute("venues", settlements.findAll(rows.getContent().stream()
                .map(EventRow::venueSettlementId).filter(Objects::nonNull).distinct().toList()));
        model.addAttribute("filter", filter);
        model.addAttribute("countyOptions", counties.options());
        model.addAttribute("countyNames", countyNames(counties));
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("canCreate", access.currentUser().map(u -> u.isNationalOffice()
                || access.canWrite(u.countyCode())).orElse(false));
        return "activities/list";
    }

    @GetMapping("/events/{id}")
    String detail(@PathVariable long id, Model model) {
        Event event = events.get(id);
        List<AttendanceRow> rows = attendance.of(id);
        model.addAttribute("event", event);
        model.addAttribute("view", EventView.of(event));
        model.addAttribute("county", event.getCountyCode() == null ? null
                : counties.find(event.getCountyCode()).orElse(null));
        model.addAttribute("venue", event.getVenueSettlementId() == null ? null
                : settlements.find(event.getVenueSettlementId()).orElse(null));
        model.addAttribute("facilitatorName", event.getFacilitatorUserId() == null ? event.getFacilitatorName()
                : accounts.find(event.getFacilitatorUserId()).map(StaffMember::fullName).orElse(null));
        model.addAttribute("initiative", initiative(event));
        model.addAttribute("attendance", rows);
        model.addAttribute("workers", workers.findAll(rows.stream().map(AttendanceRow::workerId).toList()));
        model.addAttribute("presentCount", rows.stream().filter(r -> r.presence() == Presence.PRESENT).count());
        model.addAttribute("organisationNames", organisationNames(event, rows));
        model.addAttribute("canEdit", events.canEdit(event));
        return "activities/detail";
    }

    @GetMapping("/events/new")
    String createForm(Model model) {
        PortalUser user = access.requireUser();
        events.checkCreate(user.isNationalOffice() ? null : user.countyCode());
        return form(EventForm.empty(user.countyCode()), null, model);
    }

    @PostMapping("/events/new")
    String create(@Valid @ModelAttribute("form") EventForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        events.checkCreate(form.countyCode());
        List<InitiativeSummary> candidates = new ArrayList<>();
        model.addAttribute("initiativeCandidates", candidates);
        EventDetails details = resolver.resolve(form, errors, candidates);
        if (details == null) {
            return form(form, null, model);
        }
        if (hasUnconfirmedClashes(null, form, details, model)) {
            return form(form, null, model);
        }
        long[] saved = new long[1];
        String failed = FormSave.orRender(errors, response, () -> saved[0] = events.create(details).getId(),
                () -> form(form, null, model));
        return failed != null ? failed : FlashMessages.redirect(redirect, "event.saved", "/events/" + saved[0]);
    }

    @GetMapping("/events/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Event event = events.checkEditable(id);
        return form(storedForm(event), event, model);
    }

    private EventForm storedForm(Event event) {
        String venueName = event.getVenueSettlementId() == null ? ""
                : settlements.find(event.getVenueSettlementId()).map(s -> s.name()).orElse("");
        return EventForm.of(event, venueName, initiative(event));
    }

    @PostMapping("/events/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Event event = events.checkEditable(id);
        events.checkCreate(form.countyCode());
        if (form.getVersion() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<InitiativeSummary> candidates = new ArrayList<>();
        model.addAttribute("initiativeCandidates", candidates);
        EventDetails details = resolver.resolve(form, errors, candidates);
        if (details == null || hasUnconfirmedClashes(id, form, details, model)) {
            return form(form, event, model);
        }
        String failed = FormSave.orRender(errors, response, () -> events.update(id, form.getVersion(), details),
                () -> form(form, event, model), () -> {
                    Event saved = events.get(id);
                    model.addAttribute("conflicts", ActivityConflicts.between(form, storedForm(saved)));
                    form.setVersion(saved.getVersion());
                    return form(form, event, model);
                });
        return failed != null ? failed : FlashMessages.redirect(redirect, "event.saved", "/events/" + id);
    }

    private InitiativeSummary initiative(Event event) {
        return event.getInitiativeId() == null ? null : initiatives.find(event.getInitiativeId()).orElse(null);
    }

    private boolean hasUnconfirmedClashes(Long id, EventForm form, EventDetails details, Model model) {
        if (details.status() == EventStatus.CANCELLED || form.isSaveAnyway()) {
            return false;
        }
        List<Clash> clashes = queries.clashes(id, details.countyCode(), details.facilitatorUserId(),
                details.facilitatorName(), details.startsAt(), details.endsAt());
        model.addAttribute("clashes", clashes);
        return !clashes.isEmpty();
    }

    private String form(EventForm form, Event event, Model model) {
        PortalUser user = access.requireUser();
        model.addAttribute("form", form);
        model.addAttribute("event", event);
        model.addAttribute("lockedYear", event == null ? null : events.lockedYear(event));
        model.addAttribute("lockedYears", events.lockedYears());
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("national", user.isNationalOffice());
        model.addAttribute("countyOptions", counties.optionsFor(user));
        String staffCounty = form.countyCode() != null ? form.countyCode() : user.countyCode();
        model.addAttribute("facilitatorOptions", accounts.staffOf(staffCounty).stream()
                .map(s -> new Option(String.valueOf(s.id()), s.fullName())).toList());
        EventOrganisations known = organisations.getIfAvailable();
        model.addAttribute("organisationOptions", known == null ? List.of() : known.choices(form.countyCode()));
        return "activities/form";
    }

    /** The names of the organisation the consultation served and of those the participants came with. */
    private Map<Long, String> organisationNames(Event event, List<AttendanceRow> rows) {
        EventOrganisations known = organisations.getIfAvailable();
        List<Long> ids = new ArrayList<>();
        if (event.getOrganisationId() != null) {
            ids.add(event.getOrganisationId());
        }
        rows.stream().map(AttendanceRow::organisationId).filter(Objects::nonNull).forEach(ids::add);
        return known == null || ids.isEmpty() ? Map.of() : known.names(ids);
    }



    static Map<String, String> countyNames(Counties counties) {
        return counties.all().stream().collect(Collectors.toMap(c -> c.code(), c -> c.name()));
    }

    private String checkCounty(String county) {
        if (county == null || county.isBlank()) {
            return null;
        }
        if (!counties.exists(county)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return county;
    }
}
