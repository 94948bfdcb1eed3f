package hu.kozossegi.portal.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.shared.years.FixedDate;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates, changes and anonymises community workers. Writes: the worker county's coordinator or the national
 * office; anonymising: the national office only. A join date in a closed report year is the national office's.
 */
@Service
public class WorkerService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public record SaveResult(Long id, List<FieldProblem> problems, boolean stale) {

        public boolean saved() {
            return id != null;
        }
    }

    private final CommunityWorkerRepository repository;
    private final CountyAccess access;
    private final Counties counties;
    private final Settlements settlements;
    private final ReportYears years;
    private final JdbcClient jdbc;
    private final Clock clock;

    WorkerService(CommunityWorkerRepository repository, CountyAccess access, Counties counties,
            Settlements settlements, ReportYears years, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.access = access;
        this.counties = counties;
        this.settlements = settlements;
        this.years = years;
        this.jdbc = jdbc;
    }

    public PortalUser checkMayWrite() {
        PortalUser user = access.requireUser();
        if (!user.isNationalOffice() && user.role() != Role.COUNTY_COORDINATOR) {
            throw new AccessDeniedException("workers are written by coordinators");
        }
        return user;
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

    @Transactional
    public SaveResult create(WorkerInput input) {
        PortalUser user = checkMayWrite();
        List<FieldProblem> problems = new ArrayList<>();
        WorkerData data = parse(input, problems);
        if (!problems.isEmpty()) {
            return new SaveResult(null, problems, false);
        }
        access.checkWrite(data.countyCode(), Role.COUNTY_COORDINATOR);
        years.checkLongLivedDate("joinedOn", null, data.joinedOn(), user.isNationalOffice());
        return new SaveResult(repository.save(new CommunityWorker(data)).getId(), List.of(), false);
    }

    @Transactional
    public SaveResult update(long id, long version, WorkerInput input) {
        CommunityWorker worker = checkMayEdit(id);
        PortalUser user = checkMayWrite();
        if (worker.getVersion() != version) {
            return new SaveResult(null, List.of(), true);
        }
        List<FieldProblem> problems = new ArrayList<>();
        WorkerData data = parse(input, problems);
        if (!problems.isEmpty()) {
            return new SaveResult(null, problems, false);
        }
        access.checkWrite(data.countyCode(), Role.COUNTY_COORDINATOR);
        years.checkLongLivedDate("joinedOn", worker.getJoinedOn(), data.joinedOn(), user.isNationalOffice());
        worker.apply(data);
        repository.saveAndFlush(worker);
        return new SaveResult(id, List.of(), false);
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

    private WorkerData parse(WorkerInput in, List<FieldProblem> problems) {
        String name = strip(in.fullName());
        if (name.isEmpty()) {
            problems.add(new FieldProblem("fullName", "worker.error.nameRequired"));
        }
        else if (name.length() > 120) {
            problems.add(new FieldProblem("fullName", "worker.error.nameTooLong"));
        }
        String county = strip(in.county());
        if (!counties.exists(county)) {
            problems.add(new FieldProblem("county", "worker.error.countyRequired"));
            county = null;
        }
        Long settlementId = settlement(strip(in.settlement()), county, problems);
        WorkerKind kind = null;
        try {
            kind = WorkerKind.valueOf(strip(in.kind()));
        }
        catch (IllegalArgumentException ex) {
            problems.add(new FieldProblem("kind", "worker.error.kindRequired"));
        }
        String organisation = strip(in.organisation());
        if (organisation.length() > 200) {
            problems.add(new FieldProblem("organisation", "worker.error.organisationTooLong"));
        }
        String email = strip(in.email());
        if (!email.isEmpty() && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("email", "worker.error.email"));
        }
        String phone = strip(in.phone());
        String normalisedPhone = null;
        if (!phone.isEmpty()) {
            normalisedPhone = PhoneNumbers.normalise(phone).orElse(null);
            if (normalisedPhone == null) {
                problems.add(new FieldProblem("phone", "worker.error.phone"));
            }
        }
        LocalDate joinedOn = date(strip(in.joinedOn()), problems);
        String notes = strip(in.notes());
        if (notes.length() > 4000) {
            problems.add(new FieldProblem("notes", "worker.error.notesTooLong"));
        }
        return new WorkerData(name, county, settlementId, kind, organisation.isEmpty() ? null : organisation,
                email.isEmpty() ? null : email.toLowerCase(java.util.Locale.ROOT), normalisedPhone, in.active(),
                joinedOn, notes.isEmpty() ? null : notes);
    }

    private Long settlement(String name, String county, List<FieldProblem> problems) {
        if (name.isEmpty() || county == null) {
            return null;
        }
        List<SettlementSummary> found = settlements.findByName(county, name);
        List<SettlementSummary> exact = found.stream().filter(s -> s.name().equalsIgnoreCase(name)).toList();
        if (exact.size() == 1) {
            return exact.get(0).id();
        }
        if (found.size() == 1) {
            return found.get(0).id();
        }
        problems.add(new FieldProblem("settlement", found.isEmpty() ? "worker.error.settlementNotFound"
                : "worker.error.settlementAmbiguous", name));
        return null;
    }

    private LocalDate date(String typed, List<FieldProblem> problems) {
        if (typed.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(typed.replace('.', '-').replaceAll("-$", "").replace(" ", ""));
            if (date.isAfter(LocalDate.now(clock)) || date.getYear() < 1990) {
                problems.add(new FieldProblem("joinedOn", "worker.error.joinedOnRange"));
                return null;
            }
            return date;
        }
        catch (DateTimeParseException ex) {
            problems.add(new FieldProblem("joinedOn", "worker.error.joinedOn"));
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
