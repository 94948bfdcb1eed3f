package hu.kozossegi.portal.initiatives.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import hu.kozossegi.portal.initiatives.internal.OutcomeType;

/** A field someone else changed while the user was editing: what is saved now and what the user typed. */
record ConflictLine(String labelKey, String saved, String yours) {

    static List<ConflictLine> between(InitiativeForm yours, InitiativeForm saved) {
        List<ConflictLine> lines = new ArrayList<>();
        add(lines, "initiative.title", saved.getTitle(), yours.getTitle());
        add(lines, "initiative.primarySettlement", saved.getPrimarySettlement(), yours.getPrimarySettlement());
        addSet(lines, "initiative.otherSettlements", saved.getOtherSettlements(), yours.getOtherSettlements());
        add(lines, "initiative.status", saved.getStatus(), yours.getStatus());
        add(lines, "initiative.startDate", saved.getStartDate(), yours.getStartDate());
        add(lines, "initiative.endDate", saved.getEndDate(), yours.getEndDate());
        add(lines, "initiative.programme", str(saved.getProgrammeId()), str(yours.getProgrammeId()));
        addSet(lines, "initiative.workers", saved.getWorkerIds(), yours.getWorkerIds());
        addSet(lines, "initiative.themes", saved.getThemes(), yours.getThemes());
        add(lines, "initiative.residentParticipants", saved.getResidentParticipants(),
                yours.getResidentParticipants());
        add(lines, "initiative.needAssessment", saved.getNeedAssessment(), yours.getNeedAssessment());
        add(lines, "initiative.actionProgramme", saved.getActionProgramme(), yours.getActionProgramme());
        return lines;
    }

    static List<ConflictLine> between(OutcomeForm yours, OutcomeForm saved, Function<OutcomeType, String> typeLabel) {
        List<ConflictLine> lines = new ArrayList<>();
        add(lines, "outcome.type", typeLabel.apply(saved.outcomeType()), typeLabel.apply(yours.outcomeType()));
        add(lines, "outcome.name", saved.name(), yours.name());
        add(lines, "outcome.achievedOn", saved.achievedOn(), yours.achievedOn());
        add(lines, "outcome.description", saved.description(), yours.description());
        return lines;
    }

    static List<ConflictLine> between(NoteForm yours, NoteForm saved) {
        List<ConflictLine> lines = new ArrayList<>();
        add(lines, "note.notedOn", saved.notedOn(), yours.notedOn());
        add(lines, "note.text", saved.text(), yours.text());
        return lines;
    }

    private static void add(List<ConflictLine> lines, String key, String saved, String yours) {
        String a = saved == null ? "" : saved.trim();
        String b = yours == null ? "" : yours.trim();
        if (!a.equals(b)) {
            lines.add(new ConflictLine(key, a, b));
        }
    }

    private static void addSet(List<ConflictLine> lines, String key, List<?> saved, List<?> yours) {
        var a = new HashSet<>(saved.stream().filter(Objects::nonNull).map(Object::toString)
                .filter(s -> !s.isBlank()).toList());
        var b = new HashSet<>(yours.stream().filter(Objects::nonNull).map(Object::toString)
                .filter(s -> !s.isBlank()).toList());
        if (!a.equals(b)) {
            lines.add(new ConflictLine(key, String.join(", ", a), String.join(", ", b)));
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
