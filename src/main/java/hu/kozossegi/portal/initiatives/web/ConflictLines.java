package hu.kozossegi.portal.initiatives.web;

import java.util.List;
import java.util.function.Function;

import hu.kozossegi.portal.initiatives.internal.OutcomeType;
import hu.kozossegi.portal.shared.web.ConflictLine;

/** The field-by-field comparisons of the initiative, outcome and note forms with what is saved now. */
final class ConflictLines {

    private ConflictLines() {
    }

    static List<ConflictLine> between(InitiativeForm yours, InitiativeForm saved) {
        return ConflictLine.compare()
                .field("initiative.title", saved.getTitle(), yours.getTitle())
                .field("initiative.primarySettlement", saved.getPrimarySettlement(), yours.getPrimarySettlement())
                .set("initiative.otherSettlements", saved.getOtherSettlements(), yours.getOtherSettlements())
                .field("initiative.status", saved.getStatus(), yours.getStatus())
                .field("initiative.startDate", saved.getStartDate(), yours.getStartDate())
                .field("initiative.endDate", saved.getEndDate(), yours.getEndDate())
                .field("initiative.programme", saved.getProgrammeId(), yours.getProgrammeId())
                .set("initiative.workers", saved.getWorkerIds(), yours.getWorkerIds())
                .set("initiative.themes", saved.getThemes(), yours.getThemes())
                .field("initiative.residentParticipants", saved.getResidentParticipants(),
                        yours.getResidentParticipants())
                .field("initiative.needAssessment", saved.getNeedAssessment(), yours.getNeedAssessment())
                .field("initiative.actionProgramme", saved.getActionProgramme(), yours.getActionProgramme())
                .list();
    }

    static List<ConflictLine> between(OutcomeForm yours, OutcomeForm saved, Function<OutcomeType, String> typeLabel) {
        return ConflictLine.compare()
                .field("outcome.type", typeLabel.apply(saved.outcomeType()), typeLabel.apply(yours.outcomeType()))
                .field("outcome.name", saved.name(), yours.name())
                .field("outcome.achievedOn", saved.achievedOn(), yours.achievedOn())
                .field("outcome.description", saved.description(), yours.description())
                .list();
    }

    static List<ConflictLine> between(NoteForm yours, NoteForm saved) {
        return ConflictLine.compare()
                .field("note.notedOn", saved.notedOn(), yours.notedOn())
                .field("note.text", saved.text(), yours.text())
                .list();
    }
}
