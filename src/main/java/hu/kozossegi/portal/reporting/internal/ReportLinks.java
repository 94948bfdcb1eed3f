package hu.kozossegi.portal.reporting.internal;

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
            case SETTLEMENTS_REACHED -> report(year, row, "settlements").toString();
            case HOUSING_ESTATES -> report(year, row, "settlements").param("type", "HOUSING_ESTATE").toString();
            case BUDAPEST_DISTRICTS -> report(year, row, "settlements").param("type", "BUDAPEST_DISTRICT").toString();
            case DISADVANTAGED_SETTLEMENTS -> report(year, row, "settlements").param("disadvantaged", "true")
                    .toString();
            case ACTIVE_WORKERS -> report(year, row, "workers").toString();
            case VOLUNTEER_WORKERS -> report(year, row, "workers").param("kind", "VOLUNTEER").toString();
            case PARTICIPANTS -> report(year, row, "workers").param("source", "events").toString();
            case WORKSHOPS_HELD -> events(year, row, "WORKSHOP");
            case TRAININGS_HELD -> events(year, row, "TRAINING");
            case CONSULTATIONS_HELD -> events(year, row, "CONSULTATION");
            case CONFERENCES_HELD -> events(year, row, "CONFERENCE");
            case ATTENDANCES -> events(year, row, null);
            case VISITS_HELD, VISITING_PARTICIPANTS -> scoped("/visits", row, "organiser").param("year", year)
                    .param("status", "HELD").toString();
            case PRACTICES_ACCREDITED -> scoped("/good-practices", row, "county").param("accreditedYear", year)
                    .toString();
            case ORGANISATIONS_SUPPORTED -> report(year, row, "organisations").toString();
            case ORGANISATIONS_FOUNDED -> report(year, row, "organisations").param("which", "founded").toString();
            case OUTCOMES_TOTAL -> report(year, row, "outcomes").toString();
            case OUTCOMES_CLUB, OUTCOMES_SELF_HELP_GROUP, OUTCOMES_VOLUNTEER_ACTIVITY, OUTCOMES_NEIGHBOURHOOD_PROGRAMME,
                    OUTCOMES_CIVIL_ORGANISATION, OUTCOMES_OTHER -> report(year, row, "outcomes")
                    .param("type", indicator.name().substring("OUTCOMES_".length())).toString();
        };
    }

    private static String initiatives(int year, ReportRow row, String scope) {
        return scoped("/initiatives", row, "county").param("year", year).param("scope", scope).toString();
    }

    private static String events(int year, ReportRow row, String kind) {
        Query uri = scoped("/events", row, "county").param("year", year).param("status", "HELD");
        if (kind != null) {
            uri.param("kind", kind);
        }
        return uri.toString();
    }

    private static Query report(int year, ReportRow row, String list) {
        return scoped("/reports/" + year + "/" + list, row, "county");
    }

    /**
     * The list filtered to the row: {@code countyParam} for a county row, {@code region} for a region row. Unless the
     * row's county is the {@code county} filter itself, an explicit empty {@code county} says "all counties", so a
     * list that starts at the reader's own county (county staff) still shows what the figure counts.
     */
    private static Query scoped(String path, ReportRow row, String countyParam) {
        Query uri = new Query(path);
        return switch (row.kind()) {
            case COUNTY -> "county".equals(countyParam) ? uri.param("county", row.code())
                    : uri.param(countyParam, row.code()).param("county", "");
            case REGION -> uri.param("region", row.regionId()).param("county", "");
            case NATIONAL -> uri.param("county", "");
        };
    }

    /**
     * A path with its query, written as text: every value here is a county code, a region id, a year or a constant
     * name, none of which needs encoding (a report's table has some 800 links, which {@code UriComponentsBuilder}
     * took a sixth of the page's time to build).
     */
    private static final class Query {

        private final StringBuilder uri;
        private char separator = '?';

        Query(String path) {
            uri = new StringBuilder(96).append(path);
        }

        Query param(String name, Object value) {
            uri.append(separator).append(name).append('=').append(value);
            separator = '&';
            return this;
        }

        @Override
        public String toString() {
            return uri.toString();
        }
    }
}
