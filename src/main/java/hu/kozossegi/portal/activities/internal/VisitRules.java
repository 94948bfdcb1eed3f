package hu.kozossegi.portal.activities.internal;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules of an exchange visit: a visiting group (settlements or initiatives), nobody visits itself, follow-up not before the visit, a visit
 * in the future cannot have been held. */
public final class VisitRules {

    private VisitRules() {
    }

    public static List<FieldViolation> violations(VisitDetails d) {
        List<FieldViolation> found = new ArrayList<>();
        if (d.visitingSettlementIds().isEmpty() && d.visitingInitiativeIds().isEmpty()) {
            found.add(new FieldViolation("visitingSettlements", "visit.error.visitingRequired"));
        } else if (d.visitingSettlementIds().contains(d.hostSettlementId())) {
            found.add(new FieldViolation("visitingSettlements", "visit.error.hostVisitsItself"));
        }
        if (d.hostInitiativeId() != null && d.visitingInitiativeIds().contains(d.hostInitiativeId())) {
            found.add(new FieldViolation("visitingInitiatives", "visit.error.hostInitiativeVisitsItself"));
        }
        if (d.status() == VisitStatus.HELD && d.visitDate() != null
                && d.visitDate().isAfter(LocalDate.now(EventRules.ZONE))) {
            found.add(new FieldViolation("status", "visit.error.heldInFuture"));
        }
        if (d.followUp() != null && d.followUpDate() != null && d.followUpDate().isBefore(d.visitDate())) {
            found.add(new FieldViolation("followUpDate", "visit.error.followUpBeforeVisit"));
        }
        return found;
    }
}
