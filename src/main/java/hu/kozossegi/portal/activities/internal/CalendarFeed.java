package hu.kozossegi.portal.activities.internal;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Function;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import org.springframework.stereotype.Component;

/**
 * Writes events as iCalendar (RFC 5545) with biweekly: one VEVENT per event with a stable UID, times in
 * Europe/Budapest (its VTIMEZONE is built here, as the library would otherwise fetch it from the internet),
 * and STATUS:CANCELLED for cancelled events.
 */
@Component
public class CalendarFeed {

    public static final String UID_SUFFIX = "@kozossegi-portal.hu";

    private final TimezoneAssignment budapest = new TimezoneAssignment(TimeZone.getTimeZone(EventRules.ZONE),
            budapestTimezone());

    public String write(String calendarName, List<EventRow> events, Function<EventRow, String> location,
            Function<EventRow, String> url) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Kozossegi Kezdemenyezesek Portal//activities//HU");
        ical.setName(calendarName);
        ical.getTimezoneInfo().setDefaultTimezone(budapest);
        for (EventRow row : events) {
            VEvent event = new VEvent();
            event.setUid(uid(row.id()));
            event.setSummary(row.title());
            event.setDateStart(Date.from(row.startsAt()), true);
            event.setDateEnd(Date.from(row.endsAt()), true);
            event.setDateTimeStamp(Date.from(Instant.now()));
            event.setStatus(switch (row.status()) {
                case SCHEDULED -> Status.confirmed();
                case HELD -> Status.confirmed();
                case CANCELLED -> Status.cancelled();
            });
            String where = location.apply(row);
            if (where != null) {
                event.setLocation(where);
            }
            if (row.description() != null) {
                event.setDescription(row.description());
            }
            event.setUrl(url.apply(row));
            ical.addEvent(event);
        }
        return Biweekly.write(ical).version(ICalVersion.V2_0).go();
    }

    public static String uid(long eventId) {
        return "event-" + eventId + UID_SUFFIX;
    }

    private static VTimezone budapestTimezone() {
        VTimezone zone = new VTimezone(EventRules.ZONE.getId());
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1981, 3, 29, 2, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY)
                .build());
        summer.addTimezoneName("CEST");
        zone.addDaylightSavingsTime(summer);
        StandardTime winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1996, 10, 27, 3, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY)
                .build());
        winter.addTimezoneName("CET");
        zone.addStandardTime(winter);
        return zone;
    }
}
