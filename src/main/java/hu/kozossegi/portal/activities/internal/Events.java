package hu.kozossegi.portal.activities.internal;

import hu.kozossegi.portal.shared.rules.VersionConflictException;
import java.time.Instant;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Writes of events. The county's coordinators and developers write its events, the national office every
 * event (and alone the national ones, which have no county); records in a closed year stay as they are.
 */
@Service
public class Events {

    private static final Role[] WRITERS = {Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER};

    private final EventRepository repository;
    private final CountyAccess access;
    private final ReportYears years;

    Events(EventRepository repository, CountyAccess access, ReportYears years) {
        this.repository = repository;
        this.access = access;
        this.years = years;
    }

    /** The event, or 404. */
    @Transactional(readOnly = true)
    public Event get(long id) {
        return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Throws 403 unless the current user may create events of {@code countyCode} (null: national). */
    public PortalUser checkCreate(String countyCode) {
        return access.checkWrite(countyCode, WRITERS);
    }

    /** The event if the current user may edit events of its county (403 otherwise); the year lock is checked on save. */
    @Transactional(readOnly = true)
    public Event checkEditable(long id) {
        Event event = get(id);
        access.checkWrite(event.getCountyCode(), WRITERS);
        return event;
    }

    /** The closed years binding the current user (none for the national office), for the forms' notice. */
    public java.util.List<Integer> lockedYears() {
        return years.lockedFor(access.requireUser().isNationalOffice());
    }

    /** The closed year the event is dated in, when it binds the current user (the form says so); else null. */
    public Integer lockedYear(Event event) {
        return years.lockedYearOf(Attendance.localDate(event.getStartsAt()), access.requireUser().isNationalOffice());
    }

    public boolean canEdit(Event event) {
        return access.canWrite(event.getCountyCode(), WRITERS);
    }

    @Transactional
    public Event create(EventDetails details) {
        PortalUser user = checkCreate(details.countyCode());
        years.checkDatedRecord("startsAt", null, Attendance.localDate(details.startsAt()), user.isNationalOffice());
        return repository.save(Event.schedule(details, Instant.now()));
    }

    /** Throws {@link VersionConflictException} when someone saved the event since {@code version}. */
    @Transactional
    public Event update(long id, long version, EventDetails details) {
        Event event = checkEditable(id);
        PortalUser user = checkCreate(details.countyCode());
        years.checkDatedRecord("startsAt", Attendance.localDate(event.getStartsAt()),
                Attendance.localDate(details.startsAt()), user.isNationalOffice());
        VersionConflictException.check(event.getVersion(), version);
        event.update(details, Instant.now());
        VersionConflictException.whileWriting(version, repository::flush);
        return event;
    }
}
