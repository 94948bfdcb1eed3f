package hu.kozossegi.portal.activities.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import hu.kozossegi.portal.activities.internal.Event;
import hu.kozossegi.portal.activities.internal.EventKind;
import hu.kozossegi.portal.activities.internal.EventRules;
import hu.kozossegi.portal.activities.internal.EventStatus;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The event form (create and edit). Venue and facilitator are typed; the server resolves them. */
record EventForm(
        @NotNull(message = "{event.error.kindRequired}") EventKind kind,
        @NotBlank(message = "{event.error.titleRequired}") @Size(max = 200, message = "{event.error.tooLong}") String title,
        @Size(max = 200, message = "{event.error.tooLong}") String topic,
        @Size(max = 5000, message = "{event.error.tooLong}") String description,
        String county,
        @NotNull(message = "{event.error.startsAtRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @NotNull(message = "{event.error.endsAtRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
        @Size(max = 120, message = "{event.error.tooLong}") String venueName,
        @Size(max = 200, message = "{event.error.tooLong}") String venueAddress,
        Long facilitatorUserId,
        @Size(max = 120, message = "{event.error.tooLong}") String facilitatorName,
        @Positive(message = "{event.error.positive}") Integer capacity,
        @Positive(message = "{event.error.positive}") @Digits(integer = 3, fraction = 1, message = "{event.error.hours}") BigDecimal trainingHours,
        @NotNull(message = "{event.error.statusRequired}") EventStatus status,
        @Size(max = 2000, message = "{event.error.tooLong}") String cancelReason,
        @Size(max = 10000, message = "{event.error.tooLong}") String summary,
        Boolean saveAnyway,
        Long version) {

    static EventForm empty(String county) {
        return new EventForm(EventKind.WORKSHOP, "", "", "", county, null, null, "", "", null, "", null, null,
                EventStatus.SCHEDULED, "", "", false, null);
    }

    static EventForm of(Event e, String venueName) {
        return new EventForm(e.getKind(), e.getTitle(), e.getTopic(), e.getDescription(),
                e.getCountyCode() == null ? "" : e.getCountyCode(),
                LocalDateTime.ofInstant(e.getStartsAt(), EventRules.ZONE),
                LocalDateTime.ofInstant(e.getEndsAt(), EventRules.ZONE),
                venueName, e.getVenueAddress(), e.getFacilitatorUserId(), e.getFacilitatorName(), e.getCapacity(),
                e.getTrainingHours(), e.getStatus(), e.getCancelReason(), e.getSummary(), false, e.getVersion());
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(saveAnyway);
    }

    String countyCode() {
        return county == null || county.isBlank() ? null : county.trim();
    }
}
