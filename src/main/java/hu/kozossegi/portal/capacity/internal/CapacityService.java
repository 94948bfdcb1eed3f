package hu.kozossegi.portal.capacity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.years.ReportYears;
import hu.kozossegi.portal.shared.years.YearClosedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every write of the module, with its rights checked first: coordinators enrol their county's organisations (the
 * organisation's county) and change the enrolment; coordinators and developers of that county record assessments
 * and milestones; the national office writes everything, and alone sets a programme's targets. Enrolment and
 * milestone dates are long-lived dates, an assessment is a record dated in its year (closed years,
 * {@link ReportYears}).
 */
@Service
public class CapacityService {

    private final EnrolmentRepository enrolments;
    private final AssessmentRepository assessments;
    private final MilestoneRepository milestones;
    private final TargetSetRepository targets;
    private final CapacityQueries queries;
    private final CountyAccess access;
    private final ReportYears years;

    CapacityService(EnrolmentRepository enrolments, AssessmentRepository assessments, MilestoneRepository milestones,
            TargetSetRepository targets, CapacityQueries queries, CountyAccess access, ReportYears years) {
        this.enrolments = enrolments;
        this.assessments = assessments;
        this.milestones = milestones;
        this.targets = targets;
        this.queries = queries;
        this.access = access;
        this.years = years;
    }

    /** 403 unless the user may enrol organisations at all (national office, or a county coordinator). */
    public PortalUser checkMayEnrol() {
        return access.checkRole(Role.COUNTY_COORDINATOR);
    }

    @Transactional
    public long enrol(long programmeId, long organisationId, LocalDate enrolledOn, String note) {
        PortalUser user = checkMayEnrol();
        var programme = queries.programme(programmeId);
        String county = queries.countyOfOrganisation(organisationId)
                .orElseThrow(() -> new FieldViolationException("organisationId", "enrolment.error.organisationRequired"));
        access.checkWrite(county, Role.COUNTY_COORDINATOR);
        if (enrolments.existsByProgrammeIdAndOrganisationId(programmeId, organisationId)) {
            throw new FieldViolationException("organisationId", "enrolment.error.alreadyEnrolled");
        }
        checkPeriod(programme, "enrolledOn", enrolledOn);
        years.checkLongLivedDate("enrolledOn", null, enrolledOn, user.isNationalOffice());
        return enrolments.save(new Enrolment(programmeId, organisationId, enrolledOn, null, note)).getId();
    }

    /** The enrolment, when the current user may change it (404 or 403 otherwise). */
    @Transactional(readOnly = true)
    public Enrolment editableEnrolment(long id) {
        Enrolment enrolment = enrolment(id);
        access.checkWrite(county(enrolment), Role.COUNTY_COORDINATOR);
        return enrolment;
    }

    @Transactional
    public void updateEnrolment(long id, long expectedVersion, LocalDate enrolledOn, LocalDate leftOn, String note) {
        Enrolment enrolment = editableEnrolment(id);
        boolean national = access.requireUser().isNationalOffice();
        var programme = queries.programme(enrolment.getProgrammeId());
        checkPeriod(programme, "enrolledOn", enrolledOn);
        if (leftOn != null) {
            checkPeriod(programme, "leftOn", leftOn);
            if (leftOn.isBefore(enrolledOn)) {
                throw new FieldViolationException("leftOn", "enrolment.error.leftBeforeEnrolled");
            }
        }
        years.checkLongLivedDate("enrolledOn", enrolment.getEnrolledOn(), enrolledOn, national);
        years.checkLongLivedDate("leftOn", enrolment.getLeftOn(), leftOn, national);
        VersionConflictException.updating(enrolments, enrolment, enrolment.getVersion(), expectedVersion,
                () -> enrolment.update(enrolledOn, leftOn, note));
    }

    /** 403 unless the current user records assessments and milestones of this enrolment; returns it. */
    @Transactional(readOnly = true)
    public Enrolment recordable(long enrolmentId) {
        Enrolment enrolment = enrolment(enrolmentId);
        access.checkWrite(county(enrolment));
        return enrolment;
    }

    public boolean isNationalOffice() {
        return access.requireUser().isNationalOffice();
    }

    public boolean mayRecord(String countyCode) {
        return access.canWrite(countyCode);
    }

    public boolean mayEditEnrolment(String countyCode) {
        return access.canWrite(countyCode, Role.COUNTY_COORDINATOR);
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> assessment(long enrolmentId, Stage stage) {
        return assessments.findByEnrolmentIdAndStage(enrolmentId, stage);
    }

    /** Records or corrects the assessment of {@code stage}; {@code expectedVersion} is -1 for a new one. */
    @Transactional
    public void saveAssessment(long enrolmentId, Stage stage, long expectedVersion, LocalDate assessedOn,
            Map<Dimension, Score> scores) {
        Enrolment enrolment = recordable(enrolmentId);
        boolean national = access.requireUser().isNationalOffice();
        Optional<Assessment> stored = assessments.findByEnrolmentIdAndStage(enrolmentId, stage);
        years.checkDatedRecord("assessedOn", stored.map(Assessment::getAssessedOn).orElse(null), assessedOn, national);
        if (assessedOn.isBefore(enrolment.getEnrolledOn())) {
            throw new FieldViolationException("assessedOn", "assessment.error.beforeEnrolment");
        }
        if (stored.isEmpty()) {
            if (expectedVersion >= 0) {
                throw new VersionConflictException(-1);
            }
            VersionConflictException.whileWriting(expectedVersion,
                    () -> assessments.saveAndFlush(new Assessment(enrolmentId, stage, assessedOn, scores)));
            return;
        }
        Assessment assessment = stored.get();
        VersionConflictException.updating(assessments, assessment, assessment.getVersion(), expectedVersion,
                () -> assessment.update(assessedOn, scores));
    }

    @Transactional
    public long addMilestone(long enrolmentId, String title, LocalDate dueOn, LocalDate doneOn) {
        recordable(enrolmentId);
        boolean national = access.requireUser().isNationalOffice();
        years.checkLongLivedDate("dueOn", null, dueOn, national);
        years.checkLongLivedDate("doneOn", null, doneOn, national);
        return milestones.save(new Milestone(enrolmentId, title, dueOn, doneOn)).getId();
    }

    /** The milestone of this enrolment, when the current user may change it (404 or 403 otherwise). */
    @Transactional(readOnly = true)
    public Milestone editableMilestone(long enrolmentId, long milestoneId) {
        recordable(enrolmentId);
        return milestones.findById(milestoneId).filter(m -> m.getEnrolmentId() == enrolmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional
    public void updateMilestone(long enrolmentId, long milestoneId, long expectedVersion, String title,
            LocalDate dueOn, LocalDate doneOn) {
        Milestone milestone = editableMilestone(enrolmentId, milestoneId);
        boolean national = access.requireUser().isNationalOffice();
        years.checkLongLivedDate("dueOn", milestone.getDueOn(), dueOn, national);
        years.checkLongLivedDate("doneOn", milestone.getDoneOn(), doneOn, national);
        VersionConflictException.updating(milestones, milestone, milestone.getVersion(), expectedVersion,
                () -> milestone.update(title, dueOn, doneOn));
    }

    /**
     * The closed report year that keeps the milestone (a due or done date in it) from the current user's deletion,
     * or null when it may go.
     */
    public Integer lockedYear(Milestone milestone) {
        boolean national = access.requireUser().isNationalOffice();
        Integer due = years.lockedYearOf(milestone.getDueOn(), national);
        return due != null ? due : years.lockedYearOf(milestone.getDoneOn(), national);
    }

    /**
     * Deletes a milestone: coordinators and developers of the organisation's county (and the national office);
     * county staff not one with a date in a closed report year ({@code YearClosedException}).
     */
    @Transactional
    public void deleteMilestone(long enrolmentId, long milestoneId, long expectedVersion) {
        Milestone milestone = editableMilestone(enrolmentId, milestoneId);
        Integer locked = lockedYear(milestone);
        if (locked != null) {
            throw new YearClosedException(locked);
        }
        VersionConflictException.deleting(milestones, milestone, milestone.getVersion(), expectedVersion);
    }

    /** The programme's targets as saved (an empty set at version -1 when none yet). */
    @Transactional(readOnly = true)
    public Optional<TargetSet> targets(long programmeId) {
        return targets.findById(programmeId);
    }

    /** Replaces the programme's targets; {@code expectedVersion} is -1 when the form was opened on none. */
    @Transactional
    public void saveTargets(long programmeId, long expectedVersion, List<TargetValue> values) {
        access.checkNationalOffice();
        queries.programme(programmeId);
        Optional<TargetSet> stored = targets.findById(programmeId);
        TargetSet set = stored.orElseGet(() -> new TargetSet(programmeId));
        VersionConflictException.updating(targets, set, stored.isEmpty() ? -1 : set.getVersion(), expectedVersion,
                () -> set.replace(values));
    }

    private Enrolment enrolment(long id) {
        return enrolments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String county(Enrolment enrolment) {
        return queries.countyOfOrganisation(enrolment.getOrganisationId()).orElseThrow();
    }

    private static void checkPeriod(CapacityQueries.ProgrammeInfo programme, String field, LocalDate date) {
        if (date.isBefore(programme.from()) || date.isAfter(programme.to())) {
            throw new FieldViolationException(field, "enrolment.error.outsidePeriod", programme.firstYear(),
                    programme.to().getYear());
        }
    }
}
