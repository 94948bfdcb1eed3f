package hu.kozossegi.portal.reporting.internal;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where each figure of the report leads: the list of records behind it, filtered by county and year (the
 * filter parameters of the initiatives and events lists), or the county report's section listing them.
 * Region subtotals have no list of their own and no link.
 */
public final class ReportLinks {

    private ReportLinks() {
    }

    public static String link(int year, ReportRow row, Indicator indicator) {
        if (row.kind() == ReportRow.Kind.REGION) {
            return null;
        }
        String county = row.county() ? row.code() : null;
        return switch (indicator) {
            case ACTIVE_INITIATIVES, NEW_INITIATIVES, RESIDENT_PARTICIPANTS -> list("/initiatives", county)
                    .queryParam("year", year).toUriString();
            case WORKSHOPS_HELD -> events(year, county, "WORKSHOP");
            case TRAININGS_HELD -> events(year, county, "TRAINING");
            case CONSULTATIONS_HELD -> events(year, county, "CONSULTATION");
            case CONFERENCES_HELD -> events(year, county, "CONFERENCE");
            case ATTENDANCES, PARTICIPANTS -> events(year, county, null);
            case VISITS_HELD, VISITING_PARTICIPANTS -> list("/visits", county).queryParam("year", year).toUriString();
            case PRACTICES_ACCREDITED -> list("/good-practices", county).queryParam("year", year).toUriString();
            default -> county == null ? null : "/reports/" + year + "/counties/" + county + "#" + section(indicator);
        };
    }

    private static String section(Indicator indicator) {
        return switch (indicator) {
            case SETTLEMENTS_REACHED, HOUSING_ESTATES, DISADVANTAGED_SETTLEMENTS, BUDAPEST_DISTRICTS -> "settlements";
            case ACTIVE_WORKERS, VOLUNTEER_WORKERS -> "events";
            default -> "initiatives";
        };
    }

    private static String events(int year, String county, String kind) {
        UriComponentsBuilder uri = list("/events", county);
        if (kind != null) {
            uri.queryParam("kind", kind);
        }
        return uri.queryParam("status", "HELD").queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .toUriString();
    }

    private static UriComponentsBuilder list(String path, String county) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (county != null) {
            uri.queryParam("county", county);
        }
        return uri;
    }
}
