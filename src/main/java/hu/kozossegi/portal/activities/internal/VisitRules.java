package hu.kozossegi.portal.activities.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules of an exchange visit: a visiting group (settlements or initiatives), nobody visits itself, follow-up not before the visit, a visit
 * in the future cannot have been held. */
public final class VisitRules {

    private VisitRules() {
    }

    public static List<RuleViolation> violations(VisitDetails d) {
        List<RuleViolation> found = new ArrayList<>();
        if (d.visitingSettlementIds().isEmpty() && d.visitingInitiativeIds().isEmpty()) {
            found.add(new RuleViolation("visitingSettlements", "visit.error.visitingRequired"));
        } else if (d.visitingSettlementIds().contains(d.hostSettlementId())) {
            found.add(new RuleViolation("visitingSettlements", "visit.error.hostVisitsItself"));
        }
        if (d.hostInitiativeId() != null && d.visitingInitiativeIds().contains(d.hostInitiativeId())) {
            found.add(new RuleViolation("visitingInitiatives", "visit.error.hostInitiativeVisitsItself"));
        }
        if (d.status() == VisitStatus.HELD && d.visitDate() != null
                && d.visitDate().isAfter(LocalDate.now(EventRules.ZONE))) {
            found.add(new RuleViolation("status", "visit.error.heldInFuture"));
        }
        if (d.followUp() != null && d.followUpDate() != null && d.followUpDate().isBefore(d.visitDate())) {
            found.add(new RuleViolation("followUpDate", "visit.error.followUpBeforeVisit"));
        }
        return found;
    }
}
