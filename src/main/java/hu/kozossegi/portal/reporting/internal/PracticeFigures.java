package hu.kozossegi.portal.reporting.internal;

import org.springframework.stereotype.Component;

/** Good practices accredited in the report year. */
@Component
class PracticeFigures {

    void addTo(Figures figures, ReportPeriod period) {
        // The good-practice tables arrive with issue 7; until then no practice is accredited.
    }
}
