package hu.kozossegi.portal.practices.internal;

import hu.kozossegi.portal.shared.rules.VersionConflictException;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Writes on good practices. Every write checks the user's right on the server: the initiative's county staff
 * (coordinator or developer) propose and edit, the national office reviews. Illegal changes throw
 * {@link FieldViolationException}; a stale version throws {@link VersionConflictException}.
 */
@Service
@Transactional
public class PracticeService {

    /** Message keys of a refused upload that belong to the text alternative rather than to the file. */
    public static final String ALT_TEXT_REQUIRED = "practice.upload.altRequired";
    public static final String ALT_TEXT_TOO_LONG = "practice.upload.altTooLong";

    private final PracticeRepository practices;
    private final Attachments attachments;
    private final CountyAccess access;
    private final ReportYears years;
    private final Clock clock;
    private final long maxUploadBytes;

    PracticeService(PracticeRepository practices, Attachments attachments, CountyAccess access, ReportYears years,
            Clock clock, @Value("${portal.practices.max-upload-bytes:5242880}") long maxUploadBytes) {
        this.practices = practices;
        this.attachments = attachments;
        this.access = access;
        this.years = years;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** The initiative a practice is drawn from: its county and primary settlement scope the practice. */
    public record Source(long initiativeId, String countyCode, long settlementId) {
    }

    /** Checks that the current user may propose from an initiative of {@code countyCode} (403 otherwise). */
    @Transactional(readOnly = true)
    public void checkMayPropose(String countyCode) {
        access.checkWrite(countyCode, Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER);
    }

    public long propose(Source source, PracticeContent content) {
        PortalUser user = access.checkWrite(source.countyCode(), Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER);
        years.checkOpenForCountyStaff(LocalDate.now(clock), user.isNationalOffice());
        Practice practice = Practice.propose(source.initiativeId(), source.countyCode(), source.settlementId(),
                content, actor(user), now());
        return practices.save(practice).id();
    }

    public void edit(long id, long version, PracticeContent content) {
        Practice practice = writable(id, version);
        practice.edit(content, now());
    }

    public void submit(long id, long version, String comment) {
        Practice practice = writable(id, version);
        practice.submit(actor(access.requireUser()), now(), comment);
    }

    public void returnForChanges(long id, long version, String comment) {
        reviewable(id, version).returnForChanges(actor(access.requireUser()), now(), comment);
    }

    public void accredit(long id, long version, LocalDate on, String number, String comment) {
        Practice practice = reviewable(id, version);
        if (number != null && practices.existsByAccreditationNumberAndIdNot(number.strip(), id)) {
            throw new FieldViolationException("accreditationNumber", "practice.error.numberTaken");
        }
        practice.accredit(actor(access.requireUser()), now(), on, number, comment);
    }

    public void reject(long id, long version, String reason) {
        reviewable(id, version).reject(actor(access.requireUser()), now(), reason);
    }

    /** Stores a photo (with its text alternative, which an image must have) or a PDF of an editable practice. */
    public long addAttachment(long id, String originalName, byte[] bytes, String altText) {
        Practice practice = writable(id, null);
        if (!practice.status().editable()) {
            throw new FieldViolationException(null, "practice.error.notEditable");
        }
        if (attachments.count(id) >= Attachments.MAX_PER_PRACTICE) {
            throw new FieldViolationException("file", "practice.upload.tooMany");
        }
        String name = UploadCheck.safeName(originalName);
        UploadCheck.Kind kind = UploadCheck.check(name, bytes, maxUploadBytes);
        String alt = altText == null || altText.isBlank() ? null : altText.strip();
        if (kind.isImage() && alt == null) {
            throw new FieldViolationException("altText", ALT_TEXT_REQUIRED);
        }
        if (alt != null && alt.length() > Attachments.MAX_ALT_TEXT) {
            throw new FieldViolationException("altText", ALT_TEXT_TOO_LONG);
        }
        return attachments.insert(id, name, kind.mediaType(), bytes, kind.isImage() ? alt : null,
                access.requireUser().getUsername());
    }

    public void removeAttachment(long id, long attachmentId) {
        Practice practice = writable(id, null);
        if (!practice.status().editable()) {
            throw new FieldViolationException(null, "practice.error.notEditable");
        }
        attachments.delete(id, attachmentId);
    }

    /** May the current user change this practice's text (ignoring its state)? For showing buttons. */
    @Transactional(readOnly = true)
    public boolean mayEdit(String countyCode) {
        return access.canWrite(countyCode, Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER);
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    private Practice writable(long id, Long version) {
        Practice practice = load(id);
        PortalUser user = access.checkWrite(practice.countyCode(), Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER);
        years.checkOpenForCountyStaff(LocalDate.now(clock), user.isNationalOffice());
        checkVersion(practice, version);
        return practice;
    }

    private Practice reviewable(long id, long version) {
        access.checkNationalOffice();
        Practice practice = load(id);
        checkVersion(practice, version);
        return practice;
    }

    private Practice load(long id) {
        return practices.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void checkVersion(Practice practice, Long version) {
        if (version != null && version != practice.version()) {
            throw new VersionConflictException(practice.version());
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static Actor actor(PortalUser user) {
        return new Actor(user.getUsername(), user.fullName(), user.isNationalOffice());
    }
}
