package hu.kozossegi.portal.initiatives.internal;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import hu.kozossegi.portal.shared.rules.VersionConflictException;
import java.util.List;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every write on initiatives (their outcomes: {@link OutcomeService}, notes: {@link NoteService}): checks role and
 * county (403), the closed report year (409: an initiative stays editable, but no date of it moves into or out of a
 * closed year) and the aggregate's rules before saving.
 */
@Service
public class InitiativeService {

    private final InitiativeRepository initiatives;
    private final OutcomeRepository outcomes;
    private final Settlements settlements;
    private final CountyAccess access;
    private final ReportYears years;

    InitiativeService(InitiativeRepository initiatives, OutcomeRepository outcomes, Settlements settlements,
            CountyAccess access, ReportYears years) {
        this.initiatives = initiatives;
        this.outcomes = outcomes;
        this.settlements = settlements;
        this.access = access;
        this.years = years;
    }

    /** The county of a settlement (that of an initiative whose primary settlement it is). */
    public String countyOf(long settlementId) {
        return settlements.find(settlementId).map(s -> s.countyCode())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown settlement"));
    }

    /** Throws 403 unless the current user may edit initiatives of the county. */
    public PortalUser checkEdit(String countyCode) {
        return access.checkWrite(countyCode, Role.COUNTY_COORDINATOR);
    }

    /** Creating: the national office or a county coordinator (the county follows from the settlement on save). */
    public PortalUser checkCreate() {
        return access.checkRole(Role.COUNTY_COORDINATOR);
    }

    public boolean currentUserIsNationalOffice() {
        return access.requireUser().isNationalOffice();
    }

    @Transactional
    public long create(InitiativeData data) {
        PortalUser user = checkEdit(countyOf(data.primarySettlementId()));
        years.checkLongLivedDate("startDate", null, data.startDate(), user.isNationalOffice());
        years.checkLongLivedDate("endDate", null, data.endDate(), user.isNationalOffice());
        return initiatives.save(Initiative.create(data)).getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, InitiativeData data) {
        Initiative initiative = load(id);
        PortalUser user = checkEdit(countyOf(initiative.getPrimarySettlementId()));
        if (data.primarySettlementId() != initiative.getPrimarySettlementId()) {
            checkEdit(countyOf(data.primarySettlementId()));
        }
        years.checkLongLivedDate("startDate", initiative.getStartDate(), data.startDate(), user.isNationalOffice());
        years.checkLongLivedDate("endDate", initiative.getEndDate(), data.endDate(), user.isNationalOffice());
        VersionConflictException.updating(initiatives, initiative, initiative.getVersion(), expectedVersion,
                () -> initiative.update(data, (int) outcomes.countByInitiativeId(id), outcomes.earliestAchievedOn(id)));
    }

    /** Only the national office deletes, and only an initiative without outcomes. */
    @Transactional
    public void delete(long id) {
        access.checkNationalOffice();
        Initiative initiative = load(id);
        if (outcomes.countByInitiativeId(id) > 0) {
            throw new FieldViolationException(List.of(new FieldViolation(null, "initiative.error.deleteWithOutcomes")));
        }
        initiatives.delete(initiative);
    }

    @Transactional(readOnly = true)
    public Initiative load(long id) {
        return initiatives.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
