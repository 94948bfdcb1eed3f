package hu.kozossegi.portal.initiatives.internal;

import hu.kozossegi.portal.shared.rules.VersionConflictException;
import java.time.LocalDate;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Adding, correcting and removing progress notes: the county's coordinators and developers and the national
 * office (403 otherwise); county staff cannot touch a note dated in a closed report year, nor move one into it.
 */
@Service
public class NoteService {

    private final InitiativeService initiatives;
    private final ProgressNoteRepository notes;
    private final CountyAccess access;
    private final ReportYears years;

    NoteService(InitiativeService initiatives, ProgressNoteRepository notes, CountyAccess access, ReportYears years) {
        this.initiatives = initiatives;
        this.notes = notes;
        this.access = access;
        this.years = years;
    }

    /** Throws 403 unless the current user may write notes on initiatives of the county. */
    public PortalUser checkWrite(String countyCode) {
        return access.checkWrite(countyCode, Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER);
    }

    @Transactional
    public long add(long initiativeId, LocalDate notedOn, String text) {
        PortalUser user = writerOf(initiativeId);
        years.checkDatedRecord("notedOn", null, notedOn, user.isNationalOffice());
        return notes.save(new ProgressNote(initiativeId, notedOn, text, user.getUsername(), user.fullName()))
                .getId();
    }

    /** The note as recorded, when the current user may write notes of the initiative (404 or 403 otherwise). */
    @Transactional(readOnly = true)
    public ProgressNote editable(long initiativeId, long noteId) {
        writerOf(initiativeId);
        return find(initiativeId, noteId);
    }

    /** The closed year the note is dated in, when it binds the current user (the form says so); else null. */
    public Integer lockedYear(ProgressNote note) {
        return years.lockedYearOf(note.getNotedOn(), access.requireUser().isNationalOffice());
    }

    /** The note, when the current user may delete it now (404, 403 or 409 otherwise). */
    @Transactional(readOnly = true)
    public ProgressNote deletable(long initiativeId, long noteId) {
        ProgressNote note = editable(initiativeId, noteId);
        years.checkOpenForCountyStaff(note.getNotedOn(), access.requireUser().isNationalOffice());
        return note;
    }

    @Transactional
    public void update(long initiativeId, long noteId, long expectedVersion, LocalDate notedOn, String text) {
        ProgressNote note = editable(initiativeId, noteId);
        years.checkDatedRecord("notedOn", note.getNotedOn(), notedOn, access.requireUser().isNationalOffice());
        VersionConflictException.updating(notes, note, note.getVersion(), expectedVersion,
                () -> note.update(notedOn, text));
    }

    @Transactional
    public void delete(long initiativeId, long noteId, long expectedVersion) {
        ProgressNote note = deletable(initiativeId, noteId);
        VersionConflictException.deleting(notes, note, note.getVersion(), expectedVersion);
    }

    private PortalUser writerOf(long initiativeId) {
        Initiative initiative = initiatives.load(initiativeId);
        return checkWrite(initiatives.countyOf(initiative.getPrimarySettlementId()));
    }

    /** A note of another initiative is not found under this one. */
    private ProgressNote find(long initiativeId, long noteId) {
        return notes.findById(noteId).filter(n -> n.getInitiativeId() == initiativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
