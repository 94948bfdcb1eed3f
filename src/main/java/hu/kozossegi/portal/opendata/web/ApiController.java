package hu.kozossegi.portal.opendata.web;

import java.util.List;
import java.util.Set;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.opendata.internal.ApiAuthentication;
import hu.kozossegi.portal.opendata.internal.ApiReads;
import hu.kozossegi.portal.opendata.internal.ApiRecords;
import hu.kozossegi.portal.opendata.internal.ApiRecords.ApiPage;
import hu.kozossegi.portal.opendata.internal.ApiScope;
import hu.kozossegi.portal.opendata.internal.OpenDataSets;
import hu.kozossegi.portal.reporting.ReportFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1}: read-only JSON lists of the network's records for partners' systems, limited to the API
 * token's scope, with the list pages' filters and paging links; and the annual report's figures.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "records", description = "Records of the network, limited to the token's scope")
@SecurityRequirement(name = ApiDocs.BEARER)
class ApiController {

    static final int MAX_SIZE = 100;

    private final ApiReads reads;
    private final OpenDataSets sets;
    private final Counties counties;

    ApiController(ApiReads reads, OpenDataSets sets, Counties counties) {
        this.reads = reads;
        this.sets = sets;
        this.counties = counties;
    }

    @GetMapping("/initiatives")
    @Operation(summary = "Initiatives", description = "year: active in the year; status: the initiative's status")
    ApiPage<ApiRecords.Initiative> initiatives(@Parameter(description = "County code, two digits") @RequestParam(required = false) String county,
            @RequestParam(required = false) Integer year,
            @Parameter(schema = @Schema(allowableValues = {"PLANNED", "RUNNING", "SELF_SUSTAINING", "CLOSED", "ABANDONED"}))
            @RequestParam(required = false) String status,
            @Parameter(description = "Words of the title, accents and case ignored") @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        ApiRecords.Filter filter = filter(county, year, status, Set.of("PLANNED", "RUNNING", "SELF_SUSTAINING",
                "CLOSED", "ABANDONED"), null, Set.of(), q);
        return ApiPages.of(reads.initiatives(scope(), filter, pageable(page, size)));
    }

    @GetMapping("/settlements")
    @Operation(summary = "Settlements", description = "kind: the settlement's type")
    ApiPage<ApiRecords.Settlement> settlements(@RequestParam(required = false) String county,
            @Parameter(schema = @Schema(allowableValues = {"VILLAGE", "LARGE_VILLAGE", "TOWN", "COUNTY_CITY",
                    "BUDAPEST_DISTRICT", "HOUSING_ESTATE"})) @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        ApiRecords.Filter filter = filter(county, null, null, Set.of(), kind, Set.of("VILLAGE", "LARGE_VILLAGE",
                "TOWN", "COUNTY_CITY", "BUDAPEST_DISTRICT", "HOUSING_ESTATE"), q);
        return ApiPages.of(reads.settlements(scope(), filter, pageable(page, size)));
    }

    @GetMapping("/events")
    @Operation(summary = "Events (workshops, trainings, consultations, conferences)",
            description = "year: starting in the year (Hungarian time); participants: attendances marked present")
    ApiPage<ApiRecords.Event> events(@RequestParam(required = false) String county,
            @RequestParam(required = false) Integer year,
            @Parameter(schema = @Schema(allowableValues = {"SCHEDULED", "HELD", "CANCELLED"}))
            @RequestParam(required = false) String status,
            @Parameter(schema = @Schema(allowableValues = {"WORKSHOP", "TRAINING", "CONSULTATION", "CONFERENCE"}))
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        ApiRecords.Filter filter = filter(county, year, status, Set.of("SCHEDULED", "HELD", "CANCELLED"), kind,
                Set.of("WORKSHOP", "TRAINING", "CONSULTATION", "CONFERENCE"), q);
        return ApiPages.of(reads.events(scope(), filter, pageable(page, size)));
    }

    @GetMapping("/exchange-visits")
    @Operation(summary = "Exchange visits", description = "visitStatus: planned, held or cancelled (only held "
            + "visits count in the reports); status: the follow-up; q: the host settlement's name")
    ApiPage<ApiRecords.Visit> visits(@RequestParam(required = false) String county,
            @RequestParam(required = false) Integer year,
            @Parameter(schema = @Schema(allowableValues = {"PLANNED", "HELD", "CANCELLED"}))
            @RequestParam(required = false) String visitStatus,
            @Parameter(schema = @Schema(allowableValues = {"YES", "NO", "IN_PROGRESS"}))
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        ApiRecords.Filter filter = filter(county, year, status, Set.of("YES", "NO", "IN_PROGRESS"), null, Set.of(), q);
        if (visitStatus != null && !Set.of("PLANNED", "HELD", "CANCELLED").contains(visitStatus)) {
            throw badRequest("visitStatus must be one of [CANCELLED, HELD, PLANNED].");
        }
        return ApiPages.of(reads.visits(scope(), filter, visitStatus, pageable(page, size)));
    }

    @GetMapping("/good-practices")
    @Operation(summary = "Accredited good practices", description = "year: accredited in the year")
    ApiPage<ApiRecords.Practice> practices(@RequestParam(required = false) String county,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        ApiRecords.Filter filter = filter(county, year, null, Set.of(), null, Set.of(), q);
        return ApiPages.of(reads.practices(scope(), filter, pageable(page, size)));
    }

    @GetMapping("/programmes")
    @Operation(summary = "Programmes", description = "year: running in the year")
    ApiPage<ApiRecords.Programme> programmes(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        ApiRecords.Filter filter = filter(null, year, null, Set.of(), null, Set.of(), q);
        return ApiPages.of(reads.programmes(scope(), filter, pageable(page, size)));
    }

    @GetMapping("/organisations")
    @Operation(summary = "Organisations and informal groups",
            description = "kind: the legal form; active: true or false; never a contact person. A programme token sees"
                    + " the organisations linked to an initiative of its programme")
    ApiPage<ApiRecords.Organisation> organisations(@RequestParam(required = false) String county,
            @Parameter(schema = @Schema(allowableValues = {"ASSOCIATION", "FOUNDATION", "NONPROFIT_COMPANY",
                    "INFORMAL_GROUP", "MINORITY_SELF_GOVERNMENT", "OTHER"})) @RequestParam(required = false) String kind,
            @Parameter(schema = @Schema(allowableValues = {"true", "false"})) @RequestParam(required = false) String active,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        if (active != null && !active.equals("true") && !active.equals("false")) {
            throw badRequest("active must be true or false.");
        }
        ApiRecords.Filter filter = filter(county, null, active, Set.of("true", "false"), kind,
                Set.of("ASSOCIATION", "FOUNDATION", "NONPROFIT_COMPANY", "INFORMAL_GROUP",
                        "MINORITY_SELF_GOVERNMENT", "OTHER"), q);
        return ApiPages.of(reads.organisations(scope(), filter, pageable(page, size)));
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "One organisation or informal group, with its initiative links; never a contact person")
    ApiRecords.Organisation organisation(@PathVariable long id) {
        return reads.organisation(scope(), id)
                .orElseThrow(() -> notFound("No organisation " + id + " within this token's scope."));
    }

    @GetMapping("/figures")
    @Operation(summary = "The years with report figures", description = "provisional: the year is still open")
    List<OpenDataSets.PublishedYear> figureYears() {
        return sets.years();
    }

    @GetMapping("/figures/{year}")
    @Operation(summary = "The annual report's figures of a year, per county and national, in long form",
            description = "A county token gets its county's lines and the national ones; a programme token the national ones")
    ReportFigures.YearFigures figures(@PathVariable int year) {
        if (!sets.published(year)) {
            throw notFound("No figures for " + year + ".");
        }
        ReportFigures.YearFigures all = sets.figures(year);
        ApiScope scope = scope();
        if (scope.kind() == ApiScope.Kind.NETWORK) {
            return all;
        }
        return new ReportFigures.YearFigures(all.year(), all.provisional(), all.asOf(), all.lines().stream()
                .filter(line -> line.countyCode().isEmpty() || line.countyCode().equals(scope.countyCode())).toList());
    }

    private ApiRecords.Filter filter(String county, Integer year, String status, Set<String> statuses, String kind,
            Set<String> kinds, String q) {
        if (county != null && !counties.exists(county)) {
            throw badRequest("Unknown county code: use the two-digit code (01-20).");
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw badRequest("year must be between 2000 and 2100.");
        }
        if (status != null && !statuses.contains(status)) {
            throw badRequest("status must be one of " + new java.util.TreeSet<>(statuses) + ".");
        }
        if (kind != null && !kinds.contains(kind)) {
            throw badRequest("kind must be one of " + new java.util.TreeSet<>(kinds) + ".");
        }
        if (q != null && q.length() > 100) {
            throw badRequest("q is at most 100 characters.");
        }
        return new ApiRecords.Filter(county, year, status, kind, q);
    }

    private static Pageable pageable(int page, int size) {
        if (page < 1 || page > 1_000_000) {
            throw badRequest("page counts from 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw badRequest("size must be between 1 and " + MAX_SIZE + ".");
        }
        return PageRequest.of(page - 1, size);
    }

    private static ApiScope scope() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiAuthentication token) {
            return token.scope();
        }
        throw new IllegalStateException("an API route was reached without an API token");
    }

    /** A 400 whose reason the API's error body carries ({@code ApiErrorAdvice}). */
    private static ResponseStatusException badRequest(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }

    /** A 404 whose reason the API's error body carries. */
    private static ResponseStatusException notFound(String reason) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
    }
}
