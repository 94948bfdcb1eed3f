package hu.kozossegi.portal.capacity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One target of a programme: an indicator (per county for organisations enrolled) and the number promised. */
@Embeddable
public class TargetValue {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ProgrammeIndicator indicator;

    @Column(name = "county_code", columnDefinition = "bpchar")
    private String countyCode;

    @Column(nullable = false)
    private int target;

    protected TargetValue() {
    }

    public TargetValue(ProgrammeIndicator indicator, String countyCode, int target) {
        if (indicator.perCounty() != (countyCode != null) || target < 0) {
            throw new IllegalArgumentException("target of " + indicator);
        }
        this.indicator = indicator;
        this.countyCode = countyCode;
        this.target = target;
    }

    public ProgrammeIndicator getIndicator() {
        return indicator;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public int getTarget() {
        return target;
    }
}
