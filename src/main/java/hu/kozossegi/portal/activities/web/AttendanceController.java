package hu.kozossegi.portal.activities.web;

import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.web.Option;
import hu.kozossegi.portal.shared.web.OptionsMarkup;

import java.time.Clock;
import java.time.Instant;
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

    /** The most workers one registration may tick: a search lists at most {@link #SEARCH_LIMIT}. */
    static final int MAX_TICKED = 200;
    /** The most workers a search lists to tick (one more is read to tell that there are more). */
    static final int SEARCH_LIMIT = 50;

    /** The presence form's model name: its typed values and their errors (a row's organisation). */
    static final String PRESENCE_FORM = "presenceForm";

    private final Attendance attendance;
    private final Workers workers;
    private final ObjectProvider<EventOrganisations> organisations;
    private final Clock clock;

    AttendanceController(Attendance attendance, Workers workers, ObjectProvider<EventOrganisations> organisations,
            Clock clock) {
        this.clock = clock;
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
        List<Option> organisationOptions = known == null ? List.of() : known.choices(event.getCountyCode());
        model.addAttribute("organisationOptions", organisationOptions);
        model.addAttribute("organisationOptionsMarkup", OptionsMarkup.of(organisationOptions));
        if (!model.containsAttribute(PRESENCE_FORM)) {
            model.addAttribute(PRESENCE_FORM, new PresenceForm());
        }
        List<AttendanceRow> rows = attendance.of(id);
        Set<Long> registered = rows.stream().map(AttendanceRow::workerId).collect(Collectors.toSet());
        model.addAttribute("event", event);
        model.addAttribute("view", EventView.of(event));
        model.addAttribute("rows", rows);
        model.addAttribute("workers", workers.findAll(registered));
        model.addAttribute("started", event.hasStarted(Instant.now(clock)));
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
        return FlashMessages.redirect(redirect, "attendance.removed", "/events/" + id + "/attendance");
    }

    @PostMapping("/events/{id}/attendance")
    String record(@PathVariable long id, @ModelAttribute(PRESENCE_FORM) PresenceForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Event event = attendance.checkWritable(id);
        return save(event, form, errors, model, redirect, response);
    }

    /** The presence form's second button: every row the form showed becomes present, in the same single save. */
    @PostMapping(value = "/events/{id}/attendance", params = "allPresent")
    String allPresent(@PathVariable long id, @ModelAttribute(PRESENCE_FORM) PresenceForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Event event = attendance.checkWritable(id);
        if (!errors.hasFieldErrors("version*")) {
            form.getVersion().keySet().forEach(row -> form.getPresence().put(row, Presence.PRESENT));
        }
        return save(event, form, errors, model, redirect, response);
    }

    /**
     * Saves the bound presence form. A version or presence that did not bind, or a row without the version it
     * started from, is a malformed request (the page sends them as hidden fields and fixed choices): 400. An
     * organisation that did not bind or is not one of the event county's is a message at its field.
     */
    private String save(Event event, PresenceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        long id = event.getId();
        if (errors.hasFieldErrors("version*") || errors.hasFieldErrors("presence*") || errors.hasGlobalErrors()
                || !form.everyRowVersioned()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        form.getOrganisation().forEach((row, org) -> {
            String field = "organisation[" + row + "]";
            if (!errors.hasFieldErrors(field) && !allowed(org, event)) {
                errors.rejectValue(field, "attendance.error.unknownOrganisation");
            }
        });
        if (errors.hasErrors()) {
            model.addAttribute("typed", form.getPresence());
            model.addAttribute("typedOrganisations", form.getOrganisation());
            model.addAttribute("registration", new RegistrationForm());
            return page(event, null, model);
        }
        try {
            attendance.record(id, form.getPresence(), form.getOrganisation(), form.getVersion());
        } catch (VersionConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("typedOrganisations", form.getOrganisation());
            return conflict(event, form.getPresence(), form.getVersion(), model);
        } catch (FieldViolationException notYet) {
            redirect.addFlashAttribute(FlashMessages.WARNING, "attendance.error.notStarted");
            return "redirect:/events/" + id + "/attendance";
        }
        return FlashMessages.redirect(redirect, "attendance.recorded", "/events/" + id);
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
