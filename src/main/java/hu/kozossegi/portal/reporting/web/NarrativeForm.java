package hu.kozossegi.portal.reporting.web;

import hu.kozossegi.portal.reporting.internal.Narrative;
import jakarta.validation.constraints.Size;

record NarrativeForm(
        @Size(max = 20000, message = "{narrative.error.tooLong}") String introduction,
        @Size(max = 20000, message = "{narrative.error.tooLong}") String supportNetwork,
        @Size(max = 20000, message = "{narrative.error.tooLong}") String nationalCoordination,
        @Size(max = 20000, message = "{narrative.error.tooLong}") String nextYearPlans,
        long version) {

    static NarrativeForm of(Narrative n) {
        return new NarrativeForm(n.introduction(), n.supportNetwork(), n.nationalCoordination(), n.nextYearPlans(),
                n.version());
    }

    NarrativeForm withVersion(long current) {
        return new NarrativeForm(introduction, supportNetwork, nationalCoordination, nextYearPlans, current);
    }

    Narrative toNarrative() {
        return new Narrative(text(introduction), text(supportNetwork), text(nationalCoordination), text(nextYearPlans),
                version);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
