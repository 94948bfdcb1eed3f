package hu.kozossegi.portal.activities.internal;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules an event's times and status must keep (checked by the form and again by the entity). */
public final class EventRules {

    /** Events are planned and shown in Hungarian local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Budapest");

    private EventRules() {
    }

    public static List<FieldViolation> violations(Instant startsAt, Instant endsAt, EventStatus status,
            String cancelReason, Instant now) {
        List<FieldViolation> found = new ArrayList<>();
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            found.add(new FieldViolation("endsAt", "event.error.endBeforeStart"));
        }
        if (status == EventStatus.HELD && startsAt != null && startsAt.isAfter(now)) {
            found.add(new FieldViolation("status", "event.error.heldInFuture"));
        }
        if (status == EventStatus.CANCELLED && (cancelReason == null || cancelReason.isBlank())) {
            found.add(new FieldViolation("cancelReason", "event.error.cancelReasonRequired"));
        }
        return found;
    }

    /**
     * Training hours belong to trainings only (only they are counted as training time): hours given for another
     * kind are refused with a message, never silently dropped.
     */
    public static Optional<FieldViolation> hours(EventKind kind, BigDecimal trainingHours) {
        return trainingHours != null && kind != null && kind != EventKind.TRAINING
                ? Optional.of(new FieldViolation("trainingHours", "event.error.hoursOnlyForTraining"))
                : Optional.empty();
    }
}
