package hu.kozossegi.portal.geography.internal;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.shared.rules.FieldViolation;
import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.rules.VersionConflictException;

import java.util.List;
import java.util.Set;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates and changes settlements. Every write is checked here: a county coordinator writes only the own county
 * (also when moving a settlement), the national office everywhere, nobody else at all.
 */
@Service
public class SettlementService {

    private final SettlementRepository repository;
    private final SettlementRules rules;
    private final CountyAccess access;
    private final JdbcClient jdbc;
    private final Counties counties;

    SettlementService(SettlementRepository repository, SettlementRules rules, CountyAccess access,
            JdbcClient jdbc, Counties counties) {
        this.counties = counties;
        this.repository = repository;
        this.rules = rules;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Throws 403 unless the current user may register settlements at all (coordinator or national office). */
    public PortalUser checkMayWrite() {
        return access.checkRole(Role.COUNTY_COORDINATOR);
    }

    /** Throws 403 unless the current user may change this settlement; 404 when it does not exist. */
    @Transactional(readOnly = true)
    public Settlement checkMayEdit(long id) {
        Settlement settlement = repository.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        checkMayWrite();
        access.checkWrite(settlement.getCountyCode(), Role.COUNTY_COORDINATOR);
        return settlement;
    }

    /** A county the user may not write is refused (403) before anything else of the form is looked at. */
    public void checkCounty(String county) {
        String code = county == null ? "" : county.strip();
        if (counties.exists(code)) {
            access.checkWrite(code, Role.COUNTY_COORDINATOR);
        }
    }

    /**
     * The broken rules of a form that did not bind cleanly, so that its page shows every message at once; fields
     * that already have an error of their own are left out. Writes nothing.
     */
    @Transactional(readOnly = true)
    public List<FieldViolation> otherProblems(SettlementFields input, Long id, Set<String> fieldsWithErrors) {
        return rules.validate(input, id, RegistrySnapshot.load(jdbc)).problems().stream()
                .filter(p -> !fieldsWithErrors.contains(p.field())).toList();
    }

    /** Saves a new settlement; a broken rule is a {@link FieldViolationException}. */
    @Transactional
    public long create(SettlementFields input) {
        checkMayWrite();
        checkCounty(input.getCounty());
        SettlementRules.Validated result = rules.validate(input, null, RegistrySnapshot.load(jdbc));
        if (!result.valid()) {
            throw new FieldViolationException(result.problems());
        }
        access.checkWrite(result.data().countyCode(), Role.COUNTY_COORDINATOR);
        return repository.save(new Settlement(result.data())).getId();
    }

    /** Saves a change made on the form opened at {@code version}; a newer save is a {@link VersionConflictException}. */
    @Transactional
    public void update(long id, long version, SettlementFields input) {
        Settlement settlement = checkMayEdit(id);
        checkCounty(input.getCounty());
        SettlementRules.Validated result = rules.validate(input, id, RegistrySnapshot.load(jdbc));
        if (!result.valid()) {
            throw new FieldViolationException(result.problems());
        }
        access.checkWrite(result.data().countyCode(), Role.COUNTY_COORDINATOR);
        VersionConflictException.updating(repository, settlement, settlement.getVersion(), version,
                () -> settlement.apply(result.data()));
    }
}
