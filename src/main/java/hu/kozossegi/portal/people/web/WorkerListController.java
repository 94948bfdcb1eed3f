package hu.kozossegi.portal.people.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import hu.kozossegi.portal.shared.export.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;

import java.util.List;

import hu.kozossegi.portal.accounts.OwnCountyFilter;
import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.people.internal.WorkerFilter;
import hu.kozossegi.portal.people.internal.WorkerKind;
import hu.kozossegi.portal.people.internal.WorkerQueries;
import hu.kozossegi.portal.people.internal.WorkerRow;
import hu.kozossegi.portal.shared.audit.AuditHistory;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class WorkerListController {

    static final List<String> HISTORY_COLUMNS = List.of("full_name", "county_code", "settlement_id", "kind",
            "organisation", "email", "phone", "active", "joined_on", "notes", "anonymised_at");
    private static final List<String> CONTACT_COLUMNS = List.of("email", "phone", "notes");

    private final OwnCountyFilter ownCounty;
    private final WorkerQueries queries;
    private final Counties counties;
    private final Settlements settlements;
    private final CountyAccess access;
    private final AuditHistory history;
    private final AuditLog audit;
    private final MessageSource messages;

    WorkerListController(WorkerQueries queries, Counties counties, Settlements settlements, CountyAccess access,
            AuditHistory history, AuditLog audit, MessageSource messages, OwnCountyFilter ownCounty) {
        this.ownCounty = ownCounty;
        this.audit = audit;
        this.messages = messages;
        this.queries = queries;
        this.counties = counties;
        this.settlements = settlements;
        this.access = access;
        this.history = history;
    }

    @GetMapping("/workers")
    String list(@RequestParam(required = false) String county, @RequestParam(required = false) Long settlement,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String active,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size, HttpServletRequest request, Model model) {
        FilterParams.pageAndSize(page, size);
        WorkerFilter filter = filter(ownCounty.county(county, request, model), settlement, kind, active, q);
        String countyCode = filter.county();
        PortalUser reader = access.requireUser();
        Page<WorkerRow> rows = Pager.lastPageIfPast(queries.list(filter, reader, page, size),
                n -> queries.list(filter, reader, n, size));
        ListPage.show(model, rows, request);
        model.addAttribute("filter", filter);
        model.addAttribute("counties", counties.all());
        model.addAttribute("kinds", WorkerKind.values());
        model.addAttribute("settlementOptions", settlements.filterOptions(countyCode));
        model.addAttribute("canCreate", reader.isNationalOfficeOr(Role.COUNTY_COORDINATOR));
        model.addAttribute("csvUrl", ListPage.exportUrl("/workers.csv", request));
        return "people/list";
    }

    /**
     * The filtered list as CSV: name, kind, county, settlement, and e-mail and phone only where the reader may see
     * them (the worker's county staff and the national office). Every export is written to the audit log, since
     * it carries contact data of the reader's county.
     */
    @GetMapping("/workers.csv")
    void csv(@RequestParam(required = false) String county, @RequestParam(required = false) Long settlement,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String active,
            @RequestParam(required = false) String q, HttpServletRequest request, HttpServletResponse response,
            Locale locale) throws IOException {
        WorkerFilter filter = filter(ownCounty.county(county, request), settlement, kind, active, q);
        PortalUser reader = access.requireUser();
        audit.record(AuditType.PERSONAL_DATA_EXPORT, reader.getUsername(), request.getRemoteAddr(),
                ListPage.exportUrl("/workers.csv", request));
        response.setContentType(CsvWriter.CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + msg("worker.csv.file", locale) + "\"");
        CsvWriter csv = new CsvWriter(response.getWriter());
        csv.row(msg("worker.field.fullName", locale), msg("worker.field.kind", locale),
                msg("worker.field.county", locale), msg("worker.field.settlement", locale),
                msg("worker.field.email", locale), msg("worker.field.phone", locale));
        queries.forEach(filter, reader, w -> csv.row(w.fullName(), msg("worker.kind." + w.kind(), locale),
                w.countyName(), w.settlementName(), w.email(), w.phone()));
        csv.flush();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private WorkerFilter filter(String county, Long settlement, String kind, String active, String q) {
        if (q != null && q.length() > 100) {
            throw FilterParams.badRequest();
        }
        String countyCode = FilterParams.blankToNull(county);
        if (countyCode != null && !counties.exists(countyCode)) {
            throw FilterParams.badRequest();
        }
        WorkerKind workerKind = null;
        if (FilterParams.blankToNull(kind) != null) {
            try {
                workerKind = WorkerKind.valueOf(kind.strip());
            }
            catch (IllegalArgumentException ex) {
                throw FilterParams.badRequest();
            }
        }
        return new WorkerFilter(countyCode, settlement, workerKind, FilterParams.yesNo(active), FilterParams.blankToNull(q));
    }

    @GetMapping("/workers/{id}")
    String detail(@PathVariable long id, Model model) {
        PortalUser reader = access.requireUser();
        WorkerRow worker = queries.find(id, reader).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean seesContact = reader.isNationalOffice() || worker.countyCode().equals(reader.countyCode());
        model.addAttribute("worker", worker);
        model.addAttribute("seesContact", seesContact);
        model.addAttribute("history", history.of("community_worker",
                seesContact ? HISTORY_COLUMNS
                        : HISTORY_COLUMNS.stream().filter(c -> !CONTACT_COLUMNS.contains(c)).toList(), id));
        model.addAttribute("canEdit", !worker.anonymised()
                && CountyAccess.canWrite(reader, worker.countyCode(), Role.COUNTY_COORDINATOR));
        model.addAttribute("canAnonymise", !worker.anonymised() && reader.isNationalOffice());
        return "people/detail";
    }
}
