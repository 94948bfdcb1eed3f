package hu.kozossegi.portal.organisations.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.initiatives.Initiatives;
import hu.kozossegi.portal.initiatives.OutcomeSummary;
import hu.kozossegi.portal.organisations.InitiativeRelation;
import hu.kozossegi.portal.organisations.OrganisationKind;
import hu.kozossegi.portal.organisations.internal.OrganisationFilter;
import hu.kozossegi.portal.organisations.internal.OrganisationQueries;
import hu.kozossegi.portal.organisations.internal.OrganisationRow;
import hu.kozossegi.portal.shared.audit.AuditHistory;
import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import hu.kozossegi.portal.shared.export.CsvWriter;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The filtered, paginated list of organisations, its CSV export, and an organisation's page with its history. */
@Controller
class OrganisationListController {

    static final int PAGE_SIZE = 25;
    static final List<String> HISTORY_COLUMNS = List.of("name", "kind", "county_code", "seat_settlement_id",
            "founded_on", "focus", "contact_name", "contact_email", "contact_phone", "founded_outcome_id", "active");
    private static final List<String> CONTACT_COLUMNS = List.of("contact_name", "contact_email", "contact_phone");

    private final OrganisationQueries queries;
    private final Initiatives initiatives;
    private final Counties counties;
    private final CountyAccess access;
    private final AuditHistory history;
    private final AuditLog audit;
    private final MessageSource messages;

    OrganisationListController(OrganisationQueries queries, Initiatives initiatives, Counties counties,
            CountyAccess access, AuditHistory history, AuditLog audit, MessageSource messages) {
        this.queries = queries;
        this.initiatives = initiatives;
        this.counties = counties;
        this.access = access;
        this.history = history;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) String county, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String active, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long outcome, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        OrganisationFilter filter = filter(county, kind, active, q);
        PortalUser reader = access.requireUser();
        Page<OrganisationRow> rows = Pager.lastPageIfPast(
                queries.page(filter, reader, PageRequest.of(FilterParams.page(page), PAGE_SIZE)),
                n -> queries.page(filter, reader, PageRequest.of(n, PAGE_SIZE)));
        model.addAttribute("filter", filter);
        ListPage.show(model, rows, request);
        model.addAttribute("countyOptions", counties.options());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("canCreate", reader.isNationalOfficeOr(Role.COUNTY_COORDINATOR));
        model.addAttribute("outcome", outcome == null ? null : linkableOutcome(outcome, reader));
        model.addAttribute("csvUrl", ListPage.exportUrl("/organisations.csv", request));
        return "organisations/list";
    }

    /**
     * The filtered list as CSV, Hungarian labels, with the contact person only where the reader may see it (the
     * organisation's county staff and the national office). Every export goes to the audit log, as the workers' does.
     */
    @GetMapping("/organisations.csv")
    void csv(@RequestParam(required = false) String county, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String active, @RequestParam(required = false) String q,
            HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        OrganisationFilter filter = filter(county, kind, active, q);
        PortalUser reader = access.requireUser();
        audit.record(AuditType.PERSONAL_DATA_EXPORT, reader.getUsername(), request.getRemoteAddr(),
                ListPage.exportUrl("/organisations.csv", request));
        response.setContentType(CsvWriter.CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + msg("organisation.csv.file", locale) + "\"");
        CsvWriter csv = new CsvWriter(response.getWriter());
        csv.row(msg("organisation.field.name", locale), msg("organisation.field.kind", locale),
                msg("organisation.field.county", locale), msg("organisation.field.seatSettlement", locale),
                msg("organisation.field.foundedOn", locale), msg("organisation.field.focus", locale),
                msg("organisation.field.contactName", locale), msg("organisation.field.contactEmail", locale),
                msg("organisation.field.contactPhone", locale), msg("organisation.field.active", locale),
                msg("organisation.field.links", locale));
        queries.forEach(filter, reader, o -> csv.row(o.name(), msg("organisation.kind." + o.kind(), locale),
                o.countyName(), o.seatSettlementName(), o.foundedOn() == null ? "" : o.foundedOn().toString(),
                o.focus(), o.contactName(), o.contactEmail(), o.contactPhone(),
                msg(o.active() ? "registry.yes" : "registry.no", locale), o.initiatives()));
        csv.flush();
    }

    @GetMapping("/organisations/{id}")
    String detail(@PathVariable long id, Model model) {
        PortalUser reader = access.requireUser();
        OrganisationRow organisation = queries.find(id, reader)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean seesContact = reader.isNationalOffice() || organisation.countyCode().equals(reader.countyCode());
        Map<Long, InitiativeRelation> links = queries.links(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("seesContact", seesContact);
        model.addAttribute("linkedInitiatives", initiatives.findAll(List.copyOf(links.keySet())));
        model.addAttribute("relations", links);
        model.addAttribute("foundedOutcome", organisation.foundedOutcomeId() == null ? null
                : initiatives.outcome(organisation.foundedOutcomeId()).orElse(null));
        model.addAttribute("history", history.of("organisation", seesContact ? HISTORY_COLUMNS
                : HISTORY_COLUMNS.stream().filter(c -> !CONTACT_COLUMNS.contains(c)).toList(), id));
        model.addAttribute("canEdit", CountyAccess.canWrite(reader, organisation.countyCode(),
                Role.COUNTY_COORDINATOR));
        return "organisations/detail";
    }

    /** The outcome "civil organisation founded" the reader is choosing an existing organisation for. */
    private OutcomeSummary linkableOutcome(long outcomeId, PortalUser reader) {
        OutcomeSummary outcome = initiatives.outcome(outcomeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return outcome.civilOrganisation()
                && CountyAccess.canWrite(reader, outcome.countyCode(), Role.COUNTY_COORDINATOR) ? outcome : null;
    }

    private OrganisationFilter filter(String county, String kind, String active, String q) {
        String countyCode = counties.filterCode(county);
        String kindCode = FilterParams.oneOf(kind, java.util.Arrays.stream(OrganisationKind.values())
                .map(Enum::name).toArray(String[]::new));
        String activeWord = FilterParams.oneOf(active, "true", "false");
        String text = FilterParams.blankToNull(q);
        if (text != null && text.length() > 100) {
            throw FilterParams.badRequest();
        }
        return new OrganisationFilter(countyCode, kindCode == null ? null : OrganisationKind.valueOf(kindCode),
                activeWord == null ? null : Boolean.valueOf(activeWord), text);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
