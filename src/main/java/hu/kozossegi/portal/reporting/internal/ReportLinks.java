package hu.kozossegi.portal.reporting.internal;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where each figure of the report leads: the list of exactly the records the figure counts (DESIGN.md section 3),
 * filtered to the row's county, region or (national row) nothing. A figure that is a sum (attendances, visiting
 * participants, resident participants) leads to the list whose page shows the same sum.
 */
public final class ReportLinks {

    private ReportLinks() {
    }

    public static String link(int year, ReportRow row, Indicator indicator) {
        return switch (indicator) {
            case ACTIVE_INITIATIVES, RESIDENT_PARTICIPANTS -> initiatives(year, row, "active");
            case NEW_INITIATIVES -> initiatives(year, row, "new");
            case SETTLEMENTS_REACHED -> report(year, row, "settlements").toUriString();
            case HOUSING_ESTATES -> report(year, row, "settlements").queryParam("type", "HOUSING_ESTATE").toUriString();
            case BUDAPEST_DISTRICTS -> report(year, row, "settlements").queryParam("type", "BUDAPEST_DISTRICT")
                    .toUriString();
            case DISADVANTAGED_SETTLEMENTS -> report(year, row, "settlements").queryParam("disadvantaged", "true")
                    .toUriString();
            case ACTIVE_WORKERS -> report(year, row, "workers").toUriString();
            case VOLUNTEER_WORKERS -> report(year, row, "workers").queryParam("kind", "VOLUNTEER").toUriString();
            case PARTICIPANTS -> report(year, row, "workers").queryParam("source", "events").toUriString();
            case WORKSHOPS_HELD -> events(year, row, "WORKSHOP");
            case TRAININGS_HELD -> events(year, row, "TRAINING");
            case CONSULTATIONS_HELD -> events(year, row, "CONSULTATION");
            case CONFERENCES_HELD -> events(year, row, "CONFERENCE");
            case ATTENDANCES -> events(year, row, null);
            case VISITS_HELD, VISITING_PARTICIPANTS -> scoped("/visits", row, "organiser").queryParam("year", year)
                    .queryParam("status", "HELD").toUriString();
            case PRACTICES_ACCREDITED -> scoped("/good-practices", row, "county").queryParam("accreditedYear", year)
                    .toUriString();
            case ORGANISATIONS_SUPPORTED -> report(year, row, "organisations").toUriString();
            case ORGANISATIONS_FOUNDED -> report(year, row, "organisations").queryParam("which", "founded")
                    .toUriString();
            case OUTCOMES_TOTAL -> report(year, row, "outcomes").toUriString();
            case OUTCOMES_CLUB, OUTCOMES_SELF_HELP_GROUP, OUTCOMES_VOLUNTEER_ACTIVITY, OUTCOMES_NEIGHBOURHOOD_PROGRAMME,
                    OUTCOMES_CIVIL_ORGANISATION, OUTCOMES_OTHER -> report(year, row, "outcomes")
                    .queryParam("type", indicator.name().substring("OUTCOMES_".length())).toUriString();
        };
    }

    private static String initiatives(int year, ReportRow row, String scope) {
        return scoped("/initiatives", row, "county").queryParam("year", year).queryParam("scope", scope).toUriString();
    }

    private static String events(int year, ReportRow row, String kind) {
        UriComponentsBuilder uri = scoped("/events", row, "county").queryParam("year", year)
                .queryParam("status", "HELD");
        if (kind != null) {
            uri.queryParam("kind", kind);
        }
        return uri.toUriString();
    }

    private static UriComponentsBuilder report(int year, ReportRow row, String list) {
        return scoped("/reports/" + year + "/" + list, row, "county");
    }

    /**
     * The list filtered to the row: {@code countyParam} for a county row, {@code region} for a region row. Unless the
     * row's county is the {@code county} filter itself, an explicit empty {@code county} says "all counties", so a
     * list that starts at the reader's own county (county staff) still shows what the figure counts.
     */
    private static UriComponentsBuilder scoped(String path, ReportRow row, String countyParam) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        return switch (row.kind()) {
            case COUNTY -> "county".equals(countyParam) ? uri.queryParam("county", row.code())
                    : uri.queryParam(countyParam, row.code()).queryParam("county", "");
            case REGION -> uri.queryParam("region", row.regionId()).queryParam("county", "");
            case NATIONAL -> uri.queryParam("county", "");
        };
    }
}
