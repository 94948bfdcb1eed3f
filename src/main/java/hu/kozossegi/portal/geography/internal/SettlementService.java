package hu.kozossegi.portal.geography.internal;

import java.util.List;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates and changes settlements. Every write is checked here: a county coordinator writes only the own county
 * (also when moving a settlement), the national office everywhere, nobody else at all.
 */
@Service
public class SettlementService {

    /** {@code stale} is set when the settlement changed since the form was opened: nothing was saved. */
    public record SaveResult(Long id, List<Problem> problems, boolean stale) {

        public boolean saved() {
            return id != null;
        }
    }

    private final SettlementRepository repository;
    private final SettlementValidator validator;
    private final CountyAccess access;
    private final JdbcClient jdbc;

    SettlementService(SettlementRepository repository, SettlementValidator validator, CountyAccess access,
            JdbcClient jdbc) {
        this.repository = repository;
        this.validator = validator;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Throws 403 unless the current user may register settlements at all (coordinator or national office). */
    public PortalUser checkMayWrite() {
        PortalUser user = access.requireUser();
        if (!user.isNationalOffice() && user.role() != Role.COUNTY_COORDINATOR) {
            throw new AccessDeniedException("settlements are written by coordinators");
        }
        return user;
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

    @Transactional
    public SaveResult create(SettlementInput input) {
        checkMayWrite();
        SettlementValidator.Validated result = validator.validate(input, null, RegistrySnapshot.load(jdbc));
        if (!result.valid()) {
            return new SaveResult(null, result.problems(), false);
        }
        access.checkWrite(result.data().countyCode(), Role.COUNTY_COORDINATOR);
        return new SaveResult(repository.save(new Settlement(result.data())).getId(), List.of(), false);
    }

    @Transactional
    public SaveResult update(long id, long version, SettlementInput input) {
        Settlement settlement = checkMayEdit(id);
        if (settlement.getVersion() != version) {
            return new SaveResult(null, List.of(), true);
        }
        SettlementValidator.Validated result = validator.validate(input, id, RegistrySnapshot.load(jdbc));
        if (!result.valid()) {
            return new SaveResult(null, result.problems(), false);
        }
        access.checkWrite(result.data().countyCode(), Role.COUNTY_COORDINATOR);
        settlement.apply(result.data());
        repository.saveAndFlush(settlement);
        return new SaveResult(id, List.of(), false);
    }
}
