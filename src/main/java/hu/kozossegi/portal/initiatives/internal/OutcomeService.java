package hu.kozossegi.portal.initiatives.internal;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import hu.kozossegi.portal.shared.rules.VersionConflictException;
import java.time.LocalDate;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Adding, correcting and removing an initiative's outcomes, with the rights of editing the initiative (the
 * county's coordinator and the national office, 403 otherwise), the closed report year (409 for county staff,
 * both for the date recorded and the date typed) and the outcome rules of {@link InitiativeRules}.
 */
@Service
public class OutcomeService {

    private final InitiativeService initiatives;
    private final OutcomeRepository outcomes;
    private final ReportYears years;

    OutcomeService(InitiativeService initiatives, OutcomeRepository outcomes, ReportYears years) {
        this.initiatives = initiatives;
        this.outcomes = outcomes;
        this.years = years;
    }

    @Transactional
    public long add(long initiativeId, OutcomeType type, String name, LocalDate achievedOn, String description) {
        Initiative initiative = initiatives.load(initiativeId);
        PortalUser user = checkEdit(initiative);
        years.checkDatedRecord("achievedOn", null, achievedOn, user.isNationalOffice());
        checkRules(initiative, achievedOn);
        return outcomes.save(new Outcome(initiativeId, type, name, achievedOn, description, user.getUsername()))
                .getId();
    }

    /** The outcome as recorded, when the current user may edit the initiative (404 or 403 otherwise). */
    @Transactional(readOnly = true)
    public Outcome editable(long initiativeId, long outcomeId) {
        checkEdit(initiatives.load(initiativeId));
        return find(initiativeId, outcomeId);
    }

    /** The closed year the outcome is dated in, when it binds the current user (the form says so); else null. */
    public Integer lockedYear(Outcome outcome) {
        return years.lockedYearOf(outcome.getAchievedOn(), initiatives.currentUserIsNationalOffice());
    }

    /** The outcome, when the current user may delete it now (404, 403 or 409 otherwise). */
    @Transactional(readOnly = true)
    public Outcome deletable(long initiativeId, long outcomeId) {
        Outcome outcome = editable(initiativeId, outcomeId);
        years.checkOpenForCountyStaff(outcome.getAchievedOn(), initiatives.currentUserIsNationalOffice());
        return outcome;
    }

    @Transactional
    public void update(long initiativeId, long outcomeId, long expectedVersion, OutcomeType type, String name,
            LocalDate achievedOn, String description) {
        Initiative initiative = initiatives.load(initiativeId);
        PortalUser user = checkEdit(initiative);
        Outcome outcome = find(initiativeId, outcomeId);
        years.checkDatedRecord("achievedOn", outcome.getAchievedOn(), achievedOn, user.isNationalOffice());
        VersionConflictException.updating(outcomes, outcome, outcome.getVersion(), expectedVersion, () -> {
            checkRules(initiative, achievedOn);
            outcome.update(type, name, achievedOn, description);
        });
    }

    @Transactional
    public void delete(long initiativeId, long outcomeId, long expectedVersion) {
        Outcome outcome = deletable(initiativeId, outcomeId);
        VersionConflictException.deleting(outcomes, outcome, outcome.getVersion(), expectedVersion);
    }

    private PortalUser checkEdit(Initiative initiative) {
        return initiatives.checkEdit(initiatives.countyOf(initiative.getPrimarySettlementId()));
    }

    /** An outcome of another initiative is not found under this one. */
    private Outcome find(long initiativeId, long outcomeId) {
        return outcomes.findById(outcomeId).filter(o -> o.getInitiativeId() == initiativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void checkRules(Initiative initiative, LocalDate achievedOn) {
        FieldViolationException.throwIfAny(InitiativeRules.checkOutcome(initiative.getStatus(),
                initiative.getStartDate(), achievedOn));
    }
}
