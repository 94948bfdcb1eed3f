package hu.kozossegi.portal.organisations.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A field someone else changed while the user was editing: what is saved now and what the user typed. */
record ConflictLine(String labelKey, String saved, String yours) {

    static List<ConflictLine> between(OrganisationForm yours, OrganisationForm saved) {
        List<ConflictLine> lines = new ArrayList<>();
        add(lines, "organisation.field.name", saved.getName(), yours.getName());
        add(lines, "organisation.field.kind", saved.getKind(), yours.getKind());
        add(lines, "organisation.field.county", saved.getCounty(), yours.getCounty());
        add(lines, "organisation.field.seatSettlement", saved.getSeatSettlement(), yours.getSeatSettlement());
        add(lines, "organisation.field.foundedOn", saved.getFoundedOn(), yours.getFoundedOn());
        add(lines, "organisation.field.focus", saved.getFocus(), yours.getFocus());
        add(lines, "organisation.field.contactName", saved.getContactName(), yours.getContactName());
        add(lines, "organisation.field.contactEmail", saved.getContactEmail(), yours.getContactEmail());
        add(lines, "organisation.field.contactPhone", saved.getContactPhone(), yours.getContactPhone());
        add(lines, "organisation.field.active", Boolean.toString(saved.isActive()), Boolean.toString(yours.isActive()));
        add(lines, "organisation.field.links", links(saved), links(yours));
        return lines;
    }

    private static String links(OrganisationForm form) {
        return String.join(", ", form.getLinks().stream().filter(Objects::nonNull)
                .filter(l -> l.getInitiativeId() != null)
                .map(l -> l.getInitiativeId() + " " + l.getRelation()).sorted().toList());
    }

    private static void add(List<ConflictLine> lines, String key, String saved, String yours) {
        String a = saved == null ? "" : saved.strip();
        String b = yours == null ? "" : yours.strip();
        if (!a.equals(b)) {
            lines.add(new ConflictLine(key, a, b));
        }
    }
}
