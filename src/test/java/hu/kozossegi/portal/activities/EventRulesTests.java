package hu.kozossegi.portal.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import hu.kozossegi.portal.activities.internal.Event;
import hu.kozossegi.portal.activities.internal.EventDetails;
import hu.kozossegi.portal.activities.internal.EventKind;
import hu.kozossegi.portal.activities.internal.EventRules;
import hu.kozossegi.portal.activities.internal.EventStatus;
import hu.kozossegi.portal.activities.internal.RuleViolation;
import hu.kozossegi.portal.activities.internal.RuleViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EventRulesTests {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    @Test
    void heldOnlyOnceTheStartHasPassed() {
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertThat(EventRules.violations(tomorrow, tomorrow.plusSeconds(3600), EventStatus.HELD, null, NOW))
                .containsExactly(new RuleViolation("status", "event.error.heldInFuture"));
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        assertThat(EventRules.violations(yesterday, yesterday.plusSeconds(3600), EventStatus.HELD, null, NOW))
                .isEmpty();
        assertThat(EventRules.violations(NOW, NOW.plusSeconds(3600), EventStatus.HELD, null, NOW)).isEmpty();
    }

    @Test
    void endMustBeAfterStart() {
        assertThat(EventRules.violations(NOW, NOW, EventStatus.SCHEDULED, null, NOW))
                .containsExactly(new RuleViolation("endsAt", "event.error.endBeforeStart"));
        assertThat(EventRules.violations(NOW, NOW.minusSeconds(60), EventStatus.SCHEDULED, null, NOW))
                .hasSize(1);
    }

    @Test
    void cancelledNeedsAReason() {
        assertThat(EventRules.violations(NOW, NOW.plusSeconds(60), EventStatus.CANCELLED, "  ", NOW))
                .containsExactly(new RuleViolation("cancelReason", "event.error.cancelReasonRequired"));
        assertThat(EventRules.violations(NOW, NOW.plusSeconds(60), EventStatus.CANCELLED, "Beteg az előadó", NOW))
                .isEmpty();
    }

    @Test
    void theEntityRefusesAnIllegalChangeAndKeepsItsState() {
        Event event = Event.schedule(details(NOW.plusSeconds(3600), EventStatus.SCHEDULED, null), NOW);
        assertThatThrownBy(() -> event.update(details(NOW.plusSeconds(3600), EventStatus.HELD, null), NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThat(event.getStatus()).isEqualTo(EventStatus.SCHEDULED);
        event.update(details(NOW.minusSeconds(3600), EventStatus.HELD, null), NOW);
        assertThat(event.getStatus()).isEqualTo(EventStatus.HELD);
    }

    @Test
    void trainingHoursOnlyForTrainingsAndReasonOnlyWhenCancelled() {
        Event event = Event.schedule(details(NOW.plusSeconds(3600), EventStatus.SCHEDULED, "felesleges"), NOW);
        assertThat(event.getTrainingHours()).isNull();
        assertThat(event.getCancelReason()).isNull();
    }

    private static EventDetails details(Instant start, EventStatus status, String reason) {
        return new EventDetails(EventKind.WORKSHOP, "Műhely", null, null, "02", start, start.plusSeconds(7200),
                null, null, null, null, null, new BigDecimal("6"), null, status, reason, null, null);
    }
}
