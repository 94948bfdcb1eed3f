package hu.kozossegi.portal.activities.web;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import hu.kozossegi.portal.accounts.Accounts;
import hu.kozossegi.portal.accounts.StaffMember;
import hu.kozossegi.portal.activities.internal.Attendance;
import hu.kozossegi.portal.activities.internal.AttendanceRow;
import hu.kozossegi.portal.activities.internal.Event;
import hu.kozossegi.portal.activities.internal.Events;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.people.WorkerSummary;
import hu.kozossegi.portal.people.Workers;
import hu.kozossegi.portal.shared.export.PdfWriter;
import hu.kozossegi.portal.shared.web.LocalFormats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable sign-in sheet of an event (A4): the event, one row per registered worker with an empty
 * signature column, and empty rows for those who come unregistered. For the staff who may record the
 * event's attendance (its county's coordinators and developers, the national office).
 */
@Controller
class SignInSheetController {

    /** Empty rows at the end of the sheet for walk-ins. */
    static final int WALK_IN_ROWS = 10;

    private final Events events;
    private final Attendance attendance;
    private final Workers workers;
    private final Settlements settlements;
    private final Accounts accounts;
    private final PdfWriter pdf;
    private final Clock clock;

    SignInSheetController(Events events, Attendance attendance, Workers workers, Settlements settlements,
            Accounts accounts, PdfWriter pdf, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.attendance = attendance;
        this.workers = workers;
        this.settlements = settlements;
        this.accounts = accounts;
        this.pdf = pdf;
    }

    @GetMapping("/events/{id}/sign-in-sheet.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable long id, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        Event event = events.checkEditable(id);
        List<Long> ids = attendance.of(id).stream().map(AttendanceRow::workerId).toList();
        Collator collator = Collator.getInstance(Locale.forLanguageTag("hu"));
        List<WorkerSummary> names = workers.findAll(ids).values().stream()
                .sorted(Comparator.comparing(WorkerSummary::fullName, collator).thenComparing(WorkerSummary::id))
                .toList();
        SettlementSummary venue = event.getVenueSettlementId() == null ? null
                : settlements.find(event.getVenueSettlementId()).orElse(null);
        EventView view = EventView.of(event);
        Map<String, Object> model = new HashMap<>();
        model.put("event", event);
        model.put("venue", venue);
        model.put("starts", LocalFormats.dateTime(view.startsLocal(), locale));
        model.put("ends", sameDay(view) ? view.endsLocal().toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))
                : LocalFormats.dateTime(view.endsLocal(), locale));
        model.put("workers", names);
        model.put("facilitator", event.getFacilitatorUserId() == null ? event.getFacilitatorName()
                : accounts.find(event.getFacilitatorUserId()).map(StaffMember::fullName).orElse(null));
        model.put("walkIns", WALK_IN_ROWS);
        byte[] body = pdf.render("activities/sign-in-sheet", model, Instant.now(clock), locale, request, response);
        String name = ("en".equals(locale.getLanguage()) ? "sign-in-sheet-" : "jelenleti-iv-") + id + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .contentType(MediaType.APPLICATION_PDF).body(body);
    }

    private static boolean sameDay(EventView view) {
        return Objects.equals(view.startsLocal().toLocalDate(), view.endsLocal().toLocalDate());
    }
}
