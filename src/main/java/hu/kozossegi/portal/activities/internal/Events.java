package hu.kozossegi.portal.activities.internal;

import java.time.Instant;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.dao.OptimisticLockingFailureException;
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

    /** The event if the current user may edit it (403 otherwise, 409 in a closed year). */
    @Transactional(readOnly = true)
    public Event checkEditable(long id) {
        Event event = get(id);
        PortalUser user = access.checkWrite(event.getCountyCode(), WRITERS);
        years.checkOpenForCountyStaff(Attendance.localDate(event.getStartsAt()), user.isNationalOffice());
        return event;
    }

    public boolean canEdit(Event event) {
        return access.canWrite(event.getCountyCode(), WRITERS);
    }

    @Transactional
    public Event create(EventDetails details) {
        PortalUser user = checkCreate(details.countyCode());
        years.checkOpenForCountyStaff(Attendance.localDate(details.startsAt()), user.isNationalOffice());
        return repository.save(Event.schedule(details, Instant.now()));
    }

    /** Throws {@link OptimisticLockingFailureException} when someone saved the event since {@code version}. */
    @Transactional
    public Event update(long id, long version, EventDetails details) {
        Event event = checkEditable(id);
        PortalUser user = checkCreate(details.countyCode());
        years.checkOpenForCountyStaff(Attendance.localDate(details.startsAt()), user.isNationalOffice());
        if (event.getVersion() != version) {
            throw new OptimisticLockingFailureException("event " + id + " changed since version " + version);
        }
        event.update(details, Instant.now());
        repository.flush();
        return event;
    }
}
