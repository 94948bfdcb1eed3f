package hu.kozossegi.portal.activities.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import hu.kozossegi.portal.activities.internal.Attendance;
import hu.kozossegi.portal.activities.internal.AttendanceRow;
import hu.kozossegi.portal.activities.internal.Event;
import hu.kozossegi.portal.activities.internal.Presence;
import hu.kozossegi.portal.activities.internal.RuleViolationException;
import hu.kozossegi.portal.people.WorkerSummary;
import hu.kozossegi.portal.people.Workers;
import hu.kozossegi.portal.shared.web.FlashMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering workers for an event and recording who came, all with plain forms. */
@Controller
class AttendanceController {

    static final String PRESENCE_PREFIX = "presence-";
    private static final int SEARCH_LIMIT = 20;

    private final Attendance attendance;
    private final Workers workers;

    AttendanceController(Attendance attendance, Workers workers) {
        this.attendance = attendance;
        this.workers = workers;
    }

    @GetMapping("/events/{id}/attendance")
    String page(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        Event event = attendance.checkWritable(id);
        List<AttendanceRow> rows = attendance.of(id);
        Set<Long> registered = rows.stream().map(AttendanceRow::workerId).collect(Collectors.toSet());
        model.addAttribute("event", event);
        model.addAttribute("view", EventView.of(event));
        model.addAttribute("rows", rows);
        model.addAttribute("workers", workers.findAll(registered));
        model.addAttribute("started", event.hasStarted(Instant.now()));
        model.addAttribute("presences", Presence.values());
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            String prefer = event.getCountyCode();
            List<WorkerSummary> found = workers.search(q, prefer, SEARCH_LIMIT);
            model.addAttribute("results", found);
            model.addAttribute("registeredIds", registered);
        }
        return "activities/attendance";
    }

    @PostMapping("/events/{id}/attendance/register")
    String register(@PathVariable long id, @RequestParam long workerId, @RequestParam(required = false) String q,
            RedirectAttributes redirect) {
        attendance.checkWritable(id);
        if (workers.find(workerId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        switch (attendance.register(id, workerId)) {
            case REGISTERED -> redirect.addFlashAttribute(FlashMessages.SUCCESS, "attendance.registeredOne");
            case ALREADY_REGISTERED -> redirect.addFlashAttribute(FlashMessages.WARNING, "attendance.already");
            case FULL -> redirect.addFlashAttribute(FlashMessages.WARNING, "attendance.full");
        }
        if (q != null && !q.isBlank()) {
            redirect.addAttribute("q", q);
        }
        return "redirect:/events/" + id + "/attendance";
    }

    @PostMapping("/events/{id}/attendance/{attendanceId}/remove")
    String remove(@PathVariable long id, @PathVariable long attendanceId, RedirectAttributes redirect) {
        attendance.unregister(id, attendanceId);
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "attendance.removed");
        return "redirect:/events/" + id + "/attendance";
    }

    @PostMapping("/events/{id}/attendance")
    String record(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        attendance.checkWritable(id);
        Map<Long, Presence> presence = new LinkedHashMap<>();
        try {
            params.forEach((name, value) -> {
                if (name.startsWith(PRESENCE_PREFIX)) {
                    long rowId = Long.parseLong(name.substring(PRESENCE_PREFIX.length()));
                    presence.put(rowId, value.isBlank() ? null : Presence.valueOf(value));
                }
            });
        } catch (IllegalArgumentException malformed) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            attendance.record(id, presence);
        } catch (RuleViolationException notYet) {
            redirect.addFlashAttribute(FlashMessages.WARNING, "attendance.error.notStarted");
            return "redirect:/events/" + id + "/attendance";
        }
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "attendance.recorded");
        return "redirect:/events/" + id;
    }
}
