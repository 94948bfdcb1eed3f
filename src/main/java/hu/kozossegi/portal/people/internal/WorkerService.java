package hu.kozossegi.portal.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.SettlementNameResolver;
import hu.kozossegi.portal.shared.rules.FieldViolation;
import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.years.FixedDate;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates, changes and anonymises community workers. Writes: the worker county's coordinator or the national
 * office; anonymising: the national office only. A join date in a closed report year is the national office's.
 */
@Service
public class WorkerService {

    private final CommunityWorkerRepository repository;
    private final CountyAccess access;
    private final Counties counties;
    private final SettlementNameResolver settlementNames;
    private final ReportYears years;
    private final JdbcClient jdbc;
    private final Clock clock;

    WorkerService(CommunityWorkerRepository repository, CountyAccess access, Counties counties,
            SettlementNameResolver settlementNames, ReportYears years, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.access = access;
        this.counties = counties;
        this.settlementNames = settlementNames;
        this.years = years;
        this.jdbc = jdbc;
    }

    public PortalUser checkMayWrite() {
        return access.checkRole(Role.COUNTY_COORDINATOR);
    }

    @Transactional(readOnly = true)
    public CommunityWorker checkMayEdit(long id) {
        CommunityWorker worker = repository.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        checkMayWrite();
        access.checkWrite(worker.getCountyCode(), Role.COUNTY_COORDINATOR);
        if (worker.isAnonymised()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return worker;
    }

    /** The closed years binding the current user and, for a stored worker, its dates they fix (the form says so). */
    public List<Integer> lockedYears() {
        return years.lockedFor(checkMayWrite().isNationalOffice());
    }

    public List<FixedDate> fixedDates(LocalDate joinedOn) {
        return years.fixedDates(checkMayWrite().isNationalOffice(), new FixedDate("worker.field.joinedOn", joinedOn));
    }

    /** Saves a new worker; rights (the worker's county) come before the register checks. */
    @Transactional
    public long create(WorkerInput input) {
        PortalUser user = checkMayWrite();
        checkCounty(input.county());
        WorkerData data = check(input);
        years.checkLongLivedDate("joinedOn", null, data.joinedOn(), user.isNationalOffice());
        return repository.save(new CommunityWorker(data)).getId();
    }

    /** Saves a change made on the form opened at {@code version}; a newer save is a {@link VersionConflictException}. */
    @Transactional
    public void update(long id, long version, WorkerInput input) {
        CommunityWorker worker = checkMayEdit(id);
        PortalUser user = checkMayWrite();
        checkCounty(input.county());
        WorkerData data = check(input);
        years.checkLongLivedDate("joinedOn", worker.getJoinedOn(), data.joinedOn(), user.isNationalOffice());
        VersionConflictException.updating(repository, worker, worker.getVersion(), version, () -> worker.apply(data));
    }

    /** A county the user may not write is refused (403) before anything else of the form is looked at. */
    public void checkCounty(String county) {
        String code = strip(county);
        if (counties.exists(code)) {
            access.checkWrite(code, Role.COUNTY_COORDINATOR);
        }
    }

    /** National office only; also scrubs the personal data from the worker's history. */
    @Transactional
    public void anonymise(long id) {
        access.checkNationalOffice();
        CommunityWorker worker = repository.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (worker.isAnonymised()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        worker.anonymise(clock.instant());
        repository.saveAndFlush(worker);
        jdbc.sql("""
                UPDATE community_worker_aud SET full_name = :name, email = NULL, phone = NULL, notes = NULL,
                       organisation = NULL
                WHERE id = :id""").param("name", "Anonimizált közösségi munkás #" + id).param("id", id).update();
    }

    /**
     * The rules that need the register: the county exists, the settlement is one of it, the phone is Hungarian.
     * The form shows them together with its own field errors.
     */
    public List<FieldViolation> registerProblems(WorkerInput in) {
        List<FieldViolation> problems = new ArrayList<>();
        check(in, problems);
        return problems;
    }

    private WorkerData check(WorkerInput in) {
        List<FieldViolation> problems = new ArrayList<>();
        WorkerData data = check(in, problems);
        FieldViolationException.throwIfAny(problems);
        return data;
    }

    private WorkerData check(WorkerInput in, List<FieldViolation> problems) {
        String county = strip(in.county());
        if (!counties.exists(county)) {
            problems.add(new FieldViolation("county", "worker.error.countyRequired"));
            county = null;
        }
        Long settlementId = null;
        if (!strip(in.settlement()).isEmpty() && county != null) {
            SettlementNameResolver.Resolved found = settlementNames.resolveIn(in.settlement(), county);
            found.violation("settlement").ifPresent(problems::add);
            settlementId = found.id();
        }
        String phone = strip(in.phone());
        String normalisedPhone = null;
        if (!phone.isEmpty()) {
            normalisedPhone = PhoneNumbers.normalise(phone).orElse(null);
            if (normalisedPhone == null) {
                problems.add(new FieldViolation("phone", "worker.error.phone"));
            }
        }
        String organisation = strip(in.organisation());
        String email = strip(in.email());
        String notes = strip(in.notes());
        return new WorkerData(strip(in.fullName()), county, settlementId, in.kind(),
                organisation.isEmpty() ? null : organisation,
                email.isEmpty() ? null : email.toLowerCase(java.util.Locale.ROOT), normalisedPhone, in.active(),
                in.joinedOn(), notes.isEmpty() ? null : notes);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
