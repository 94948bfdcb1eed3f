package hu.kozossegi.portal.activities.web;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import hu.kozossegi.portal.activities.EventOrganisations;
import hu.kozossegi.portal.activities.internal.Attendance;
import hu.kozossegi.portal.activities.internal.AttendanceRow;
import hu.kozossegi.portal.activities.internal.Event;
import hu.kozossegi.portal.activities.internal.Presence;
import hu.kozossegi.portal.people.WorkerSummary;
import hu.kozossegi.portal.people.Workers;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.FlashMessages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering workers for an event and recording who came, all with plain forms. */
@Controller
class AttendanceController {

    static final String PRESENCE_PREFIX = "presence-";
    static final String VERSION_PREFIX = "version-";
    /** The most workers one registration may tick: a search lists at most {@link #SEARCH_LIMIT}. */
    static final int MAX_TICKED = 200;
    /** The most workers a search lists to tick (one more is read to tell that there are more). */
    static final int SEARCH_LIMIT = 50;

    static final String ORGANISATION_PREFIX = "organisation-";
    /** The presence form's model name: its typed values and their errors (a row's organisation). */
    static final String PRESENCE_FORM = "presenceForm";

    private final Attendance attendance;
    private final Workers workers;
    private final ObjectProvider<EventOrganisations> organisations;

    AttendanceController(Attendance attendance, Workers workers, ObjectProvider<EventOrganisations> organisations) {
        this.attendance = attendance;
        this.workers = workers;
        this.organisations = organisations;
    }

    @GetMapping("/events/{id}/attendance")
    String page(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        Event event = attendance.checkWritable(id);
        RegistrationForm registration = new RegistrationForm();
        registration.setQ(q);
        model.addAttribute("registration", registration);
        return page(event, q, model);
    }

    private String page(Event event, String q, Model model) {
        long id = event.getId();
        EventOrganisations known = organisations.getIfAvailable();
        model.addAttribute("organisationOptions", known == null ? List.of() : known.choices(event.getCountyCode()));
        if (!model.containsAttribute(PRESENCE_FORM)) {
            Map<String, Object> typed = new LinkedHashMap<>();
            model.addAttribute(PRESENCE_FORM, typed);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + PRESENCE_FORM, new MapBindingResult(typed, PRESENCE_FORM));
        }
        List<AttendanceRow> rows = attendance.of(id);
        Set<Long> registered = rows.stream().map(AttendanceRow::workerId).collect(Collectors.toSet());
        model.addAttribute("event", event);
        model.addAttribute("view", EventView.of(event));
        model.addAttribute("rows", rows);
        model.addAttribute("workers", workers.findAll(registered));
        model.addAttribute("started", event.hasStarted(Instant.now()));
        model.addAttribute("presences", Presence.values());
        model.addAttribute("q", q);
        if (q != null) {
            List<WorkerSummary> found = workers.searchInCounty(q, event.getCountyCode(), SEARCH_LIMIT + 1);
            model.addAttribute("results", found.subList(0, Math.min(found.size(), SEARCH_LIMIT)));
            model.addAttribute("moreResults", found.size() > SEARCH_LIMIT);
            model.addAttribute("registeredIds", registered);
        }
        return "activities/attendance";
    }

    /**
     * Registers the ticked workers (one or many {@code workerId} values) in a bounded number of statements, with the
     * organisation they came with when one is chosen (one of the event county's, else a field error).
     */
    @PostMapping("/events/{id}/attendance/register")
    String register(@PathVariable long id, @ModelAttribute("registration") RegistrationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Event event = attendance.checkWritable(id);
        List<Long> workerIds = form.getWorkerId();
        String q = form.getQ();
        if (errors.hasFieldErrors("workerId") || errors.hasFieldErrors("q")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (!errors.hasFieldErrors("organisationId") && !allowed(form.getOrganisationId(), event)) {
            errors.rejectValue("organisationId", "attendance.error.unknownOrganisation");
        }
        if (errors.hasErrors()) {
            return page(event, q, model);
        }
        if (q != null) {
            redirect.addAttribute("q", q);
        }
        if (workerIds == null || workerIds.isEmpty()) {
            redirect.addFlashAttribute(FlashMessages.WARNING, "attendance.noneTicked");
            return "redirect:/events/" + id + "/attendance";
        }
        if (workerIds.size() > MAX_TICKED || workers.findAll(workerIds).size() != Set.copyOf(workerIds).size()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Attendance.Registration done = attendance.registerAll(id, workerIds, form.getOrganisationId());
        if (done.added() > 0) {
            redirect.addFlashAttribute(FlashMessages.SUCCESS, "attendance.registeredMany");
            redirect.addFlashAttribute(FlashMessages.ARGS, new Object[] {done.added(), done.already(), done.full()});
        } else {
            redirect.addFlashAttribute(FlashMessages.WARNING, done.full() > 0 ? "attendance.full" : "attendance.already");
        }
        return "redirect:/events/" + id + "/attendance";
    }

    /** Whether the organisation (null: none) may be named by the event's attendance. */
    private boolean allowed(Long organisationId, Event event) {
        if (organisationId == null) {
            return true;
        }
        EventOrganisations known = organisations.getIfAvailable();
        return known != null && known.ofCounty(organisationId, event.getCountyCode());
    }

    @PostMapping("/events/{id}/attendance/{attendanceId}/remove")
    String remove(@PathVariable long id, @PathVariable long attendanceId, RedirectAttributes redirect) {
        attendance.unregister(id, attendanceId);
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "attendance.removed");
        return "redirect:/events/" + id + "/attendance";
    }

    @PostMapping("/events/{id}/attendance")
    String record(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Event event = attendance.checkWritable(id);
        Typed typed = parse(params);
        return save(event, typed, model, redirect, response);
    }

    /** The presence form's second button: every row the form showed becomes present, in the same single save. */
    @PostMapping(value = "/events/{id}/attendance", params = "allPresent")
    String allPresent(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Event event = attendance.checkWritable(id);
        Typed typed = parse(params);
        typed.versions().keySet().forEach(row -> typed.presence().put(row, Presence.PRESENT));
        return save(event, typed, model, redirect, response);
    }

    /** What the presence form sent: per row (its version) the presence and organisation chosen, when shown. */
    private record Typed(Map<Long, Presence> presence, Map<Long, Long> organisations, Map<Long, Long> versions) {
    }

    private static Typed parse(Map<String, String> params) {
        Typed typed = new Typed(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        try {
            params.forEach((name, value) -> {
                String row = name.startsWith(PRESENCE_PREFIX) ? name.substring(PRESENCE_PREFIX.length())
                        : name.startsWith(ORGANISATION_PREFIX) ? name.substring(ORGANISATION_PREFIX.length()) : null;
                if (row != null && !params.containsKey(VERSION_PREFIX + Long.parseLong(row))) {
                    throw new IllegalArgumentException("a row without the version it started from");
                }
                if (name.startsWith(VERSION_PREFIX)) {
                    long rowId = Long.parseLong(name.substring(VERSION_PREFIX.length()));
                    typed.versions().put(rowId, Long.parseLong(value));
                    String presence = params.get(PRESENCE_PREFIX + rowId);
                    if (presence != null) {
                        typed.presence().put(rowId, presence.isBlank() ? null : Presence.valueOf(presence));
                    }
                    String organisation = params.get(ORGANISATION_PREFIX + rowId);
                    if (organisation != null) {
                        typed.organisations().put(rowId, organisation.isBlank() ? null : Long.parseLong(organisation));
                    }
                }
            });
        } catch (IllegalArgumentException malformed) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return typed;
    }

    private String save(Event event, Typed typed, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        long id = event.getId();
        Map<String, Object> values = new LinkedHashMap<>();
        typed.organisations().forEach((row, org) -> values.put(ORGANISATION_PREFIX + row, org));
        MapBindingResult errors = new MapBindingResult(values, PRESENCE_FORM);
        typed.organisations().forEach((row, org) -> {
            if (!allowed(org, event)) {
                errors.rejectValue(ORGANISATION_PREFIX + row, "attendance.error.unknownOrganisation");
            }
        });
        if (errors.hasErrors()) {
            model.addAttribute(PRESENCE_FORM, values);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + PRESENCE_FORM, errors);
            model.addAttribute("typed", typed.presence());
            model.addAttribute("typedOrganisations", typed.organisations());
            model.addAttribute("registration", new RegistrationForm());
            return page(event, null, model);
        }
        try {
            attendance.record(id, typed.presence(), typed.organisations(), typed.versions());
        } catch (VersionConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("typedOrganisations", typed.organisations());
            return conflict(event, typed.presence(), typed.versions(), model);
        } catch (FieldViolationException notYet) {
            redirect.addFlashAttribute(FlashMessages.WARNING, "attendance.error.notStarted");
            return "redirect:/events/" + id + "/attendance";
        }
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "attendance.recorded");
        return "redirect:/events/" + id;
    }

    /**
     * Someone else saved the attendance after this user opened it: nothing was saved. The page shows the rows
     * the other user changed (saved value next to the typed one) and keeps every typed value; the form now carries
     * the current versions, so saving again overwrites deliberately.
     */
    private String conflict(Event event, Map<Long, Presence> typed, Map<Long, Long> versions, Model model) {
        model.addAttribute("registration", new RegistrationForm());
        String view = page(event, null, model);
        @SuppressWarnings("unchecked")
        Map<Long, WorkerSummary> names = (Map<Long, WorkerSummary>) model.getAttribute("workers");
        List<AttendanceConflict> lines = attendance.of(event.getId()).stream()
                .filter(row -> typed.containsKey(row.id()) && row.version() != versions.get(row.id()))
                .map(row -> new AttendanceConflict(names.get(row.workerId()) == null ? ""
                        : names.get(row.workerId()).fullName(), row.presence(), typed.get(row.id())))
                .toList();
        model.addAttribute("typed", typed);
        model.addAttribute("conflicts", lines);
        return view;
    }

    /** A row another user changed: the worker, the saved presence and the presence this user chose. */
    record AttendanceConflict(String worker, Presence saved, Presence yours) {
    }
}
