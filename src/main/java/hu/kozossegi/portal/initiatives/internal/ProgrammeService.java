package hu.kozossegi.portal.initiatives.internal;

import java.util.List;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Programmes: everyone signed in reads them, only the national office writes. */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final CountyAccess access;

    ProgrammeService(ProgrammeRepository programmes, CountyAccess access) {
        this.programmes = programmes;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return programmes.findAllOrdered();
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return programmes.existsById(id);
    }

    public Programme find(long id) {
        return programmes.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * Creates ({@code id} null) or changes a programme. The name must not be another programme's (case ignored):
     * a {@link FieldViolationException} at the name field; a stale version is a {@link VersionConflictException}.
     */
    @Transactional
    public long save(Long id, long expectedVersion, String name, String funder, int firstYear, Integer lastYear,
            String description) {
        access.checkNationalOffice();
        if (nameTaken(name, id)) {
            throw new FieldViolationException("name", "programme.error.nameTaken");
        }
        if (id == null) {
            return programmes.save(new Programme(name, funder, firstYear, lastYear, description)).getId();
        }
        Programme programme = find(id);
        VersionConflictException.updating(programmes, programme, programme.getVersion(), expectedVersion,
                () -> programme.update(name, funder, firstYear, lastYear, description));
        return id;
    }

    private boolean nameTaken(String name, Long exceptId) {
        return programmes.findAllOrdered().stream()
                .anyMatch(p -> p.getName().equalsIgnoreCase(name.trim()) && !p.getId().equals(exceptId));
    }
}
