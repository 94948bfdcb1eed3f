package hu.kozossegi.portal.initiatives.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.people.WorkerSummary;
import hu.kozossegi.portal.people.Workers;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.web.LocalFormats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every saved change of an initiative as recorded by Hibernate Envers: who, when, which field from what to what.
 * Reads the audit tables with a fixed number of statements and replays the collection changes.
 */
@Service
public class InitiativeHistory {

    /** One revision: {@code kind} 0 created, 1 changed, 2 deleted. */
    public record Revision(long rev, Instant when, String username, int kind, List<FieldChange> changes) {
    }

    /** A changed field; with {@code keys} the values are message keys. */
    public record FieldChange(String field, String oldValue, String newValue, boolean keys) {
    }

    record Row(long rev, int revtype, long revtstmp, String username, String title, Long primarySettlementId,
            Long programmeId, String status, java.time.LocalDate startDate, java.time.LocalDate endDate,
            Long leadWorkerId, String needAssessment, String actionProgramme, Integer residentParticipants) {
    }

    record Element(long rev, int revtype, String value) {
    }

    private final JdbcClient jdbc;
    private final Settlements settlements;
    private final Workers workers;
    private final InitiativeDetailQuery details;

    InitiativeHistory(JdbcClient jdbc, Settlements settlements, Workers workers, InitiativeDetailQuery details) {
        this.jdbc = jdbc;
        this.settlements = settlements;
        this.workers = workers;
        this.details = details;
    }

    @Transactional(readOnly = true)
    public List<Revision> of(long initiativeId, Locale locale) {
        List<Row> rows = jdbc.sql("""
                SELECT a.rev, a.revtype, r.revtstmp, r.username, a.title, a.primary_settlement_id, a.programme_id,
                       a.status, a.start_date, a.end_date, a.lead_worker_id, a.need_assessment, a.action_programme,
                       a.resident_participants
                FROM initiative_aud a JOIN revinfo r ON r.rev = a.rev WHERE a.id = ? ORDER BY a.rev""")
                .param(initiativeId).query(RecordRows.of(Row.class)).list();
        Map<Long, List<Element>> places = elements("initiative_settlement_aud", "settlement_id::text", initiativeId);
        Map<Long, List<Element>> people = elements("initiative_worker_aud", "worker_id::text", initiativeId);
        Map<Long, List<Element>> themes = elements("initiative_theme_aud", "theme_code", initiativeId);
        Map<Long, List<Element>> funding = elements("initiative_funding_aud",
                "position || '|' || coalesce(source, '') || '|' || coalesce(amount_huf::text, '')", initiativeId);
        Names names = names(rows, places, people, locale);

        List<Revision> revisions = new ArrayList<>();
        Row previous = null;
        Set<String> placeState = new HashSet<>();
        Set<String> peopleState = new HashSet<>();
        Set<String> themeState = new HashSet<>();
        Map<Integer, String> fundingState = new TreeMap<>();
        for (Row row : rows) {
            List<FieldChange> changes = new ArrayList<>();
            compare(changes, "title", previous == null ? null : previous.title(), row.title());
            compare(changes, "primarySettlement", names.place(previous == null ? null : previous.primarySettlementId()),
                    names.place(row.primarySettlementId()));
            compare(changes, "programme", names.programme(previous == null ? null : previous.programmeId()),
                    names.programme(row.programmeId()));
            String oldStatus = previous == null || previous.status() == null ? null
                    : "initiative.status." + previous.status();
            String newStatus = row.status() == null ? null : "initiative.status." + row.status();
            if (!Objects.equals(oldStatus, newStatus)) {
                changes.add(new FieldChange("status", oldStatus, newStatus, true));
            }
            compare(changes, "startDate", LocalFormats.date(previous == null ? null : previous.startDate(), locale),
                    LocalFormats.date(row.startDate(), locale));
            compare(changes, "endDate", LocalFormats.date(previous == null ? null : previous.endDate(), locale),
                    LocalFormats.date(row.endDate(), locale));
            compare(changes, "leadWorker", names.person(previous == null ? null : previous.leadWorkerId()),
                    names.person(row.leadWorkerId()));
            compare(changes, "residentParticipants", str(previous == null ? null : previous.residentParticipants()),
                    str(row.residentParticipants()));
            compare(changes, "needAssessment", previous == null ? null : previous.needAssessment(),
                    row.needAssessment());
            compare(changes, "actionProgramme", previous == null ? null : previous.actionProgramme(),
                    row.actionProgramme());
            replaySet(changes, "settlements", placeState, places.get(row.rev()), names::place);
            replaySet(changes, "workers", peopleState, people.get(row.rev()), names::person);
            replaySet(changes, "themes", themeState, themes.get(row.rev()), names::theme);
            replayFunding(changes, fundingState, funding.get(row.rev()), locale);
            revisions.add(new Revision(row.rev(), Instant.ofEpochMilli(row.revtstmp()), row.username(), row.revtype(),
                    changes));
            if (row.revtype() != 2) {
                previous = row;
            }
        }
        java.util.Collections.reverse(revisions);
        return revisions;
    }

    private Map<Long, List<Element>> elements(String table, String valueExpr, long initiativeId) {
        return jdbc.sql("SELECT rev, revtype, " + valueExpr + " AS value FROM " + table
                + " WHERE initiative_id = ? ORDER BY rev, value").param(initiativeId)
                .query(RecordRows.of(Element.class)).list()
                .stream().collect(Collectors.groupingBy(Element::rev));
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(new FieldChange(field, blankToNull(before), blankToNull(after), false));
        }
    }

    private static void replaySet(List<FieldChange> changes, String field, Set<String> state, List<Element> delta,
            Function<String, String> label) {
        if (delta == null) {
            return;
        }
        String before = join(state, label);
        for (Element e : delta) {
            if (e.revtype() == 2) {
                state.remove(e.value());
            } else {
                state.add(e.value());
            }
        }
        compare(changes, field, before, join(state, label));
    }

    private static void replayFunding(List<FieldChange> changes, Map<Integer, String> state, List<Element> delta,
            Locale locale) {
        if (delta == null) {
            return;
        }
        String before = String.join("; ", state.values());
        for (Element e : delta.stream().filter(e -> e.revtype() == 2).toList()) {
            state.remove(Integer.valueOf(e.value().substring(0, e.value().indexOf('|'))));
        }
        for (Element e : delta.stream().filter(e -> e.revtype() != 2).toList()) {
            String[] parts = e.value().split("\\|", -1);
            state.put(Integer.valueOf(parts[0]), parts[1] + ": " + (parts[2].isEmpty() ? ""
                    : LocalFormats.forints(Long.parseLong(parts[2]), locale)));
        }
        compare(changes, "funding", before, String.join("; ", state.values()));
    }

    private static String join(Collection<String> values, Function<String, String> label) {
        return values.stream().map(label).sorted().collect(Collectors.joining(", "));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private Names names(List<Row> rows, Map<Long, List<Element>> places, Map<Long, List<Element>> people,
            Locale locale) {
        Set<Long> placeIds = new HashSet<>();
        Set<Long> personIds = new HashSet<>();
        Set<Long> programmeIds = new HashSet<>();
        for (Row row : rows) {
            addIfPresent(placeIds, row.primarySettlementId());
            addIfPresent(personIds, row.leadWorkerId());
            addIfPresent(programmeIds, row.programmeId());
        }
        places.values().forEach(list -> list.forEach(e -> placeIds.add(Long.valueOf(e.value()))));
        people.values().forEach(list -> list.forEach(e -> personIds.add(Long.valueOf(e.value()))));
        Map<Long, String> programmes = programmeIds.isEmpty() ? Map.of() : jdbc
                .sql("SELECT id, name FROM programme WHERE id = ANY(?)").param(programmeIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, String> themeNames = new HashMap<>();
        details.themes().forEach(t -> themeNames.put(t.code(), t.name(locale)));
        return new Names(settlements.findAll(placeIds), workers.findAll(personIds), programmes, themeNames);
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private record Names(Map<Long, SettlementSummary> places, Map<Long, WorkerSummary> people,
            Map<Long, String> programmes, Map<String, String> themes) {

        String place(Object id) {
            if (id == null) {
                return null;
            }
            SettlementSummary s = places.get(Long.valueOf(id.toString()));
            return s == null ? "#" + id : s.name() + " (" + s.countyName() + ")";
        }

        String person(Object id) {
            if (id == null) {
                return null;
            }
            WorkerSummary w = people.get(Long.valueOf(id.toString()));
            return w == null ? "#" + id : w.fullName();
        }

        String programme(Long id) {
            return id == null ? null : programmes.getOrDefault(id, "#" + id);
        }

        String theme(String code) {
            return themes.getOrDefault(code, code);
        }
    }
}
