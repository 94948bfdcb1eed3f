package hu.kozossegi.portal.reporting.internal;

/**
 * The figures of the annual report (DESIGN.md section 3), in the order the tables show them. Each belongs to
 * one table of the report; five have a county target. A snapshot of a year closed before an indicator existed
 * lacks it: {@link AnnualReport#indicators()} says which a report has.
 */
public enum Indicator {
    ACTIVE_INITIATIVES(Table.INITIATIVES),
    NEW_INITIATIVES(Table.INITIATIVES),
    SETTLEMENTS_REACHED(Table.INITIATIVES),
    HOUSING_ESTATES(Table.INITIATIVES),
    DISADVANTAGED_SETTLEMENTS(Table.INITIATIVES),
    BUDAPEST_DISTRICTS(Table.INITIATIVES),
    RESIDENT_PARTICIPANTS(Table.INITIATIVES),
    ACTIVE_WORKERS(Table.EVENTS),
    VOLUNTEER_WORKERS(Table.EVENTS),
    WORKSHOPS_HELD(Table.EVENTS),
    TRAININGS_HELD(Table.EVENTS),
    CONSULTATIONS_HELD(Table.EVENTS),
    CONFERENCES_HELD(Table.EVENTS),
    ATTENDANCES(Table.EVENTS),
    PARTICIPANTS(Table.EVENTS),
    VISITS_HELD(Table.RESULTS),
    VISITING_PARTICIPANTS(Table.RESULTS),
    OUTCOMES_CLUB(Table.RESULTS),
    OUTCOMES_SELF_HELP_GROUP(Table.RESULTS),
    OUTCOMES_VOLUNTEER_ACTIVITY(Table.RESULTS),
    OUTCOMES_NEIGHBOURHOOD_PROGRAMME(Table.RESULTS),
    OUTCOMES_CIVIL_ORGANISATION(Table.RESULTS),
    OUTCOMES_OTHER(Table.RESULTS),
    OUTCOMES_TOTAL(Table.RESULTS),
    PRACTICES_ACCREDITED(Table.RESULTS),
    ORGANISATIONS_SUPPORTED(Table.ORGANISATIONS),
    ORGANISATIONS_FOUNDED(Table.ORGANISATIONS);

    /** The tables the county figures are split into, so that each fits an A4 page. */
    public enum Table { INITIATIVES, EVENTS, RESULTS, ORGANISATIONS }

    private final Table table;

    Indicator(Table table) {
        this.table = table;
    }

    public Table table() {
        return table;
    }

    public boolean hasTarget() {
        return TargetIndicator.of(this) != null;
    }

    public String messageKey() {
        return "report.indicator." + name();
    }
}
