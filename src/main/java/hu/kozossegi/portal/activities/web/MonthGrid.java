package hu.kozossegi.portal.activities.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.activities.internal.EventRow;

/** A month as weeks Monday to Sunday; each event shows on every day it touches. */
record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    /** One cell of the grid. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<EventRow> events) {
    }

    static MonthGrid of(YearMonth month, List<EventRow> events, LocalDate today) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<LocalDate, List<EventRow>> byDay = new LinkedHashMap<>();
        for (EventRow event : events) {
            LocalDate from = event.startsLocal().toLocalDate();
            // An event ending at midnight does not show on the next day.
            LocalDate to = event.endsLocal().minusNanos(1).toLocalDate();
            for (LocalDate d = from.isBefore(first) ? first : from; !d.isAfter(to) && !d.isAfter(last);
                    d = d.plusDays(1)) {
                byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(event);
            }
        }
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<Day> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate d = monday.plusDays(i);
                week.add(new Day(d, YearMonth.from(d).equals(month), d.equals(today),
                        byDay.getOrDefault(d, List.of())));
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks);
    }
}
