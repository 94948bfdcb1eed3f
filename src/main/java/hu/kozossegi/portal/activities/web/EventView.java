package hu.kozossegi.portal.activities.web;

import java.time.LocalDateTime;

import hu.kozossegi.portal.activities.internal.Event;
import hu.kozossegi.portal.activities.internal.EventRules;

/** An event's times in Hungarian local time, for templates. */
record EventView(LocalDateTime startsLocal, LocalDateTime endsLocal) {

    static EventView of(Event event) {
        return new EventView(LocalDateTime.ofInstant(event.getStartsAt(), EventRules.ZONE),
                LocalDateTime.ofInstant(event.getEndsAt(), EventRules.ZONE));
    }
}
