package hu.kozossegi.portal.initiatives;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import hu.kozossegi.portal.initiatives.internal.Initiative;
import hu.kozossegi.portal.initiatives.internal.InitiativeData;
import hu.kozossegi.portal.initiatives.internal.InitiativeRules;
import org.junit.jupiter.api.Test;

class InitiativeRulesTests {

    private static final LocalDate START = LocalDate.of(2005, 3, 1);

    private static List<String> keys(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::messageKey).toList();
    }

    @Test
    void plannedNeedsNoStartButOthersDo() {
        assertThat(InitiativeRules.check(InitiativeStatus.PLANNED, null, null, 0, null)).isEmpty();
        assertThat(keys(InitiativeRules.check(InitiativeStatus.RUNNING, null, null, 0, null)))
                .containsExactly("initiative.error.startRequired");
    }

    @Test
    void closedAndAbandonedNeedAnEndDate() {
        assertThat(keys(InitiativeRules.check(InitiativeStatus.CLOSED, START, null, 0, null)))
                .containsExactly("initiative.error.endRequired");
        assertThat(keys(InitiativeRules.check(InitiativeStatus.ABANDONED, START, null, 0, null)))
                .containsExactly("initiative.error.endRequired");
        assertThat(InitiativeRules.check(InitiativeStatus.CLOSED, START, START, 0, null)).isEmpty();
    }

    @Test
    void endNotBeforeStart() {
        assertThat(keys(InitiativeRules.check(InitiativeStatus.RUNNING, START, START.minusDays(1), 0, null)))
                .containsExactly("initiative.error.endBeforeStart");
    }

    @Test
    void plannedHasNoOutcomesAndOutcomesNotBeforeStart() {
        assertThat(keys(InitiativeRules.check(InitiativeStatus.PLANNED, null, null, 1, START)))
                .containsExactly("initiative.error.plannedWithOutcomes");
        assertThat(keys(InitiativeRules.check(InitiativeStatus.RUNNING, START, null, 1, START.minusDays(1))))
                .containsExactly("initiative.error.startAfterOutcome");
        assertThat(keys(InitiativeRules.checkOutcome(InitiativeStatus.PLANNED, null, START)))
                .containsExactly("outcome.error.planned");
        assertThat(keys(InitiativeRules.checkOutcome(InitiativeStatus.RUNNING, START, START.minusDays(1))))
                .containsExactly("outcome.error.beforeStart");
        assertThat(InitiativeRules.checkOutcome(InitiativeStatus.RUNNING, START, START)).isEmpty();
    }

    @Test
    void theAggregateRefusesAnIllegalChange() {
        InitiativeData ok = data(InitiativeStatus.RUNNING, START, null);
        Initiative initiative = Initiative.create(ok);
        assertThatThrownBy(() -> initiative.update(data(InitiativeStatus.CLOSED, START, null), 0, null))
                .isInstanceOf(FieldViolationException.class);
        assertThatThrownBy(() -> initiative.update(data(InitiativeStatus.PLANNED, null, null), 2, START))
                .isInstanceOf(FieldViolationException.class);
        assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.RUNNING);
        initiative.update(data(InitiativeStatus.CLOSED, START, START.plusYears(1)), 2, START);
        assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.CLOSED);
    }

    private static InitiativeData data(InitiativeStatus status, LocalDate start, LocalDate end) {
        return new InitiativeData("Teszt", 1L, Set.of(1L, 2L), null, status, start, end, null, Set.of(), Set.of(),
                null, null, null, List.of());
    }
}
