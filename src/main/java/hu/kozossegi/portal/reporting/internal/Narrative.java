package hu.kozossegi.portal.reporting.internal;

/** The national office's texts of a year's report (Markdown); {@code version} -1 when none is written yet. */
public record Narrative(String introduction, String supportNetwork, String nationalCoordination,
        String nextYearPlans, long version) {

    public static Narrative empty() {
        return new Narrative("", "", "", "", -1);
    }

    public boolean isEmpty() {
        return (introduction + supportNetwork + nationalCoordination + nextYearPlans).isBlank();
    }
}
