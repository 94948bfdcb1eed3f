package hu.kozossegi.portal.people.web;

import java.util.List;

import hu.kozossegi.portal.shared.web.ConflictLine;

/** The worker form compared field by field with what someone else saved meanwhile. */
final class WorkerConflicts {

    private WorkerConflicts() {
    }

    static List<ConflictLine> between(WorkerForm yours, WorkerForm saved) {
        return ConflictLine.compare()
                .field("worker.field.fullName", saved.getFullName(), yours.getFullName())
                .field("worker.field.county", saved.getCounty(), yours.getCounty())
                .field("worker.field.settlement", saved.getSettlement(), yours.getSettlement())
                .field("worker.field.kind", saved.getKind(), yours.getKind())
                .field("worker.field.organisation", saved.getOrganisation(), yours.getOrganisation())
                .field("worker.field.email", saved.getEmail(), yours.getEmail())
                .field("worker.field.phone", saved.getPhone(), yours.getPhone())
                .field("worker.field.active", saved.isActive(), yours.isActive())
                .field("worker.field.joinedOn", saved.getJoinedOn(), yours.getJoinedOn())
                .field("worker.field.notes", saved.getNotes(), yours.getNotes())
                .list();
    }
}
