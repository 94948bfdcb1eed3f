package hu.kozossegi.portal.capacity.internal;

import java.time.LocalDate;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write of practice take-ups, rights first: county staff (coordinators and developers) of the community's
 * county record and update its take-ups, the national office everywhere. A stage change is a record dated in its
 * year ({@link ReportYears}): none is dated in a closed year, and the current stage's day is not moved into or
 * out of one.
 */
@Service
public class TakeUps {

    private final TakeUpRepository takeUps;
    private final TakeUpQueries queries;
    private final CountyAccess access;
    private final ReportYears years;

    TakeUps(TakeUpRepository takeUps, TakeUpQueries queries, CountyAccess access, ReportYears years) {
        this.takeUps = takeUps;
        this.queries = queries;
        this.access = access;
        this.years = years;
    }

    /** 403 unless the user may record take-ups of some county (every county role, and the national office). */
    public PortalUser checkMayRecord() {
        return access.requireUser();
    }

    /** 403 unless the current user writes the community's county; returns the community (404 when unknown). */
    @Transactional(readOnly = true)
    public Community checkCommunity(Community.Kind kind, long id) {
        Community community = queries.community(kind, id).orElseThrow(TakeUpQueries::notFound);
        access.checkWrite(community.countyCode());
        return community;
    }

    public boolean mayWrite(String countyCode) {
        return access.canWrite(countyCode);
    }

    public boolean isNationalOffice() {
        return access.requireUser().isNationalOffice();
    }

    @Transactional
    public long record(long practiceId, Community.Ref ref, TakeUpStage stage, LocalDate since, Long visitId,
            String note) {
        Community community = checkCommunity(ref.kind(), ref.id());
        var practice = queries.practice(practiceId).filter(TakeUpQueries.PracticeInfo::accredited)
                .orElseThrow(() -> new FieldViolationException("practiceId", "takeup.error.practiceNotAccredited"));
        boolean taken = ref.kind() == Community.Kind.INITIATIVE
                ? takeUps.existsByPracticeIdAndInitiativeId(practice.id(), community.id())
                : takeUps.existsByPracticeIdAndOrganisationId(practice.id(), community.id());
        if (taken) {
            throw new FieldViolationException("practiceId", "takeup.error.alreadyRecorded");
        }
        checkVisit(visitId, since);
        years.checkDatedRecord("since", null, since, access.requireUser().isNationalOffice());
        return takeUps.save(new TakeUp(practice.id(), community, stage, since, visitId, note)).getId();
    }

    /** The take-up, when the current user may change it (404 or 403 otherwise). */
    @Transactional(readOnly = true)
    public TakeUp editable(long id) {
        TakeUp takeUp = find(id);
        checkCommunity(takeUp.community().kind(), takeUp.community().id());
        return takeUp;
    }

    @Transactional(readOnly = true)
    public TakeUp find(long id) {
        return takeUps.findById(id).orElseThrow(TakeUpQueries::notFound);
    }

    /** Moves the take-up to {@code stage} (or corrects the current stage's day) and saves its note and visit. */
    @Transactional
    public void update(long id, long expectedVersion, TakeUpStage stage, LocalDate since, Long visitId, String note) {
        TakeUp takeUp = editable(id);
        boolean national = access.requireUser().isNationalOffice();
        if (stage == takeUp.getStage()) {
            if (!since.equals(takeUp.getStageSince())) {
                years.checkDatedRecord("since", takeUp.getStageSince(), since, national);
            }
        } else {
            years.checkDatedRecord("since", null, since, national);
        }
        checkVisit(visitId, since);
        VersionConflictException.updating(takeUps, takeUp, takeUp.getVersion(), expectedVersion, () -> {
            takeUp.moveTo(stage, since);
            takeUp.update(visitId, note);
        });
    }

    private void checkVisit(Long visitId, LocalDate since) {
        if (visitId == null) {
            return;
        }
        var visit = queries.visit(visitId)
                .orElseThrow(() -> new FieldViolationException("visitId", "takeup.error.visitUnknown"));
        if (since.isBefore(visit.visitDate())) {
            throw new FieldViolationException("since", "takeup.error.beforeVisit", visit.visitDate());
        }
    }
}
