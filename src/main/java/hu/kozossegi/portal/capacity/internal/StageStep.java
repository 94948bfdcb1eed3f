package hu.kozossegi.portal.capacity.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One stage of a take-up's history and the day it began. */
@Embeddable
public class StageStep {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TakeUpStage stage;

    @Column(nullable = false)
    private LocalDate since;

    protected StageStep() {
    }

    StageStep(TakeUpStage stage, LocalDate since) {
        this.stage = stage;
        this.since = since;
    }

    public TakeUpStage getStage() {
        return stage;
    }

    public LocalDate getSince() {
        return since;
    }
}
