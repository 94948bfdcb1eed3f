package hu.kozossegi.portal.activities;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import hu.kozossegi.portal.activities.internal.Event;
import hu.kozossegi.portal.activities.internal.EventDetails;
import hu.kozossegi.portal.activities.internal.EventKind;
import hu.kozossegi.portal.activities.internal.EventRules;
import hu.kozossegi.portal.activities.internal.EventStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EventRulesTests {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    @Test
    void heldOnlyOnceTheStartHasPassed() {
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertThat(EventRules.violations(tomorrow, tomorrow.plusSeconds(3600), EventStatus.HELD, null, NOW))
                .containsExactly(new FieldViolation("status", "event.error.heldInFuture"));
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        assertThat(EventRules.violations(yesterday, yesterday.plusSeconds(3600), EventStatus.HELD, null, NOW))
                .isEmpty();
        assertThat(EventRules.violations(NOW, NOW.plusSeconds(3600), EventStatus.HELD, null, NOW)).isEmpty();
    }

    @Test
    void endMustBeAfterStart() {
        assertThat(EventRules.violations(NOW, NOW, EventStatus.SCHEDULED, null, NOW))
                .containsExactly(new FieldViolation("endsAt", "event.error.endBeforeStart"));
        assertThat(EventRules.violations(NOW, NOW.minusSeconds(60), EventStatus.SCHEDULED, null, NOW))
                .hasSize(1);
    }

    @Test
    void cancelledNeedsAReason() {
        assertThat(EventRules.violations(NOW, NOW.plusSeconds(60), EventStatus.CANCELLED, "  ", NOW))
                .containsExactly(new FieldViolation("cancelReason", "event.error.cancelReasonRequired"));
        assertThat(EventRules.violations(NOW, NOW.plusSeconds(60), EventStatus.CANCELLED, "Beteg az előadó", NOW))
                .isEmpty();
    }

    @Test
    void theEntityRefusesAnIllegalChangeAndKeepsItsState() {
        Event event = Event.schedule(details(NOW.plusSeconds(3600), EventStatus.SCHEDULED, null), NOW);
        assertThatThrownBy(() -> event.update(details(NOW.plusSeconds(3600), EventStatus.HELD, null), NOW))
                .isInstanceOf(FieldViolationException.class);
        assertThat(event.getStatus()).isEqualTo(EventStatus.SCHEDULED);
        event.update(details(NOW.minusSeconds(3600), EventStatus.HELD, null), NOW);
        assertThat(event.getStatus()).isEqualTo(EventStatus.HELD);
    }

    @Test
    void reasonOnlyWhenCancelled() {
        Event event = Event.schedule(details(NOW.plusSeconds(3600), EventStatus.SCHEDULED, "felesleges"), NOW);
        assertThat(event.getCancelReason()).isNull();
    }

    @Test
    void trainingHoursAreKeptForATrainingAndRefusedForAnotherKindNeverDropped() {
        Event training = Event.schedule(details(EventKind.TRAINING, new BigDecimal("6.5")), NOW);
        assertThat(training.getTrainingHours()).isEqualByComparingTo("6.5");
        assertThat(EventRules.hours(EventKind.WORKSHOP, new BigDecimal("6")))
                .contains(new FieldViolation("trainingHours", "event.error.hoursOnlyForTraining"));
        assertThat(EventRules.hours(EventKind.WORKSHOP, null)).isEmpty();
        assertThatThrownBy(() -> training.update(details(EventKind.WORKSHOP, new BigDecimal("6")), NOW))
                .isInstanceOf(FieldViolationException.class);
        assertThat(training.getKind()).isEqualTo(EventKind.TRAINING);
        assertThat(training.getTrainingHours()).isEqualByComparingTo("6.5");
    }

    private static EventDetails details(Instant start, EventStatus status, String reason) {
        return new EventDetails(EventKind.WORKSHOP, "Műhely", null, null, "02", start, start.plusSeconds(7200),
                null, null, null, null, null, null, null, status, reason, null);
    }

    private static EventDetails details(EventKind kind, BigDecimal hours) {
        Instant start = NOW.plusSeconds(3600);
        return new EventDetails(kind, "Képzés", null, null, "02", start, start.plusSeconds(7200),
                null, null, null, null, null, hours, null, EventStatus.SCHEDULED, null, null);
    }
}
