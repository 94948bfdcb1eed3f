package hu.kozossegi.portal.organisations.internal;

import java.util.List;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.initiatives.Initiatives;
import hu.kozossegi.portal.initiatives.OutcomeSummary;
import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.years.FixedDate;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates and changes organisations. Writes: the organisation county's coordinator or the national office, checked
 * before anything else (403); the founded date is a long-lived record's date (it may not move into or out of a
 * closed report year, 409); a save against a newer version is a {@link VersionConflictException}.
 */
@Service
public class OrganisationService {

    private final OrganisationRepository repository;
    private final CountyAccess access;
    private final ReportYears years;
    private final Initiatives initiatives;

    OrganisationService(OrganisationRepository repository, CountyAccess access, ReportYears years,
            Initiatives initiatives) {
        this.repository = repository;
        this.access = access;
        this.years = years;
        this.initiatives = initiatives;
    }

    /** The signed-in user when a coordinator or the national office (who may register organisations), else 403. */
    public PortalUser checkMayWrite() {
        return access.checkRole(Role.COUNTY_COORDINATOR);
    }

    /** 404 for an unknown organisation, 403 unless the user may write its county's organisations. */
    @Transactional(readOnly = true)
    public PortalUser checkMayEdit(long id) {
        Organisation organisation = load(id);
        checkMayWrite();
        return access.checkWrite(organisation.getCountyCode(), Role.COUNTY_COORDINATOR);
    }

    /** An outcome a new organisation may be created as, or 404 (unknown) / 403 (another county's). */
    public OutcomeSummary checkFoundingOutcome(long outcomeId) {
        OutcomeSummary outcome = initiatives.outcome(outcomeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.checkWrite(outcome.countyCode(), Role.COUNTY_COORDINATOR);
        return outcome;
    }

    public List<Integer> lockedYears() {
        return years.lockedFor(checkMayWrite().isNationalOffice());
    }

    public List<FixedDate> fixedDates(long id) {
        return years.fixedDates(checkMayWrite().isNationalOffice(),
                new FixedDate("organisation.field.foundedOn", load(id).getFoundedOn()));
    }

    @Transactional
    public long create(OrganisationData data) {
        PortalUser user = checkMayWrite();
        access.checkWrite(data.countyCode(), Role.COUNTY_COORDINATOR);
        checkOutcome(data.foundedOutcomeId(), null);
        years.checkLongLivedDate("foundedOn", null, data.foundedOn(), user.isNationalOffice());
        return repository.saveAndFlush(new Organisation(data)).getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, OrganisationData data) {
        PortalUser user = checkMayEdit(id);
        Organisation organisation = load(id);
        access.checkWrite(data.countyCode(), Role.COUNTY_COORDINATOR);
        VersionConflictException.updating(repository, organisation, organisation.getVersion(), expectedVersion, () -> {
            checkOutcome(data.foundedOutcomeId(), organisation);
            years.checkLongLivedDate("foundedOn", organisation.getFoundedOn(), data.foundedOn(),
                    user.isNationalOffice());
            organisation.apply(data);
        });
    }

    /** The outcome a form names must be a "civil organisation founded" of the county that no other one is. */
    private void checkOutcome(Long outcomeId, Organisation self) {
        if (outcomeId == null || (self != null && outcomeId.equals(self.getFoundedOutcomeId()))) {
            return;
        }
        OutcomeSummary outcome = checkFoundingOutcome(outcomeId);
        if (!outcome.civilOrganisation()) {
            throw new FieldViolationException(null, "organisation.error.outcomeNotCivil");
        }
        if (self != null && self.getFoundedOutcomeId() != null) {
            throw new FieldViolationException(null, "organisation.error.outcomeAlreadySet");
        }
        repository.findByFoundedOutcomeId(outcomeId).ifPresent(other -> {
            throw new FieldViolationException(null, "organisation.error.outcomeTaken", other.getId());
        });
    }

    private Organisation load(long id) {
        return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
