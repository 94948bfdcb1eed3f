package hu.kozossegi.portal.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PasswordChanged;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import hu.kozossegi.portal.shared.db.TextSearch;
import hu.kozossegi.portal.shared.web.FilterParams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national office's account administration: list, create, edit, disable, unlock, one-time passwords.
 * Every method checks the national office role itself; every change goes to the audit log.
 */
@Service
public class AccountAdministration {

    private static final String SELECT = """
            SELECT u.id, u.username, u.full_name, u.email, u.role, u.county_code, c.name AS county_name, u.active,
                   u.must_change_password, u.version,
                   (SELECT max(f.locked_until) FROM sign_in_failure f WHERE f.account_id = u.id) AS locked_until
            FROM user_account u LEFT JOIN county c ON c.code = u.county_code
            """;

    private final CountyAccess access;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SessionTerminator sessions;
    private final SignInLockout lockout;
    private final ApplicationEventPublisher events;

    AccountAdministration(CountyAccess access, UserAccountRepository accounts, PasswordEncoder encoder, JdbcClient jdbc,
            AuditLog audit, SessionTerminator sessions, SignInLockout lockout, ApplicationEventPublisher events) {
        this.access = access;
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.audit = audit;
        this.sessions = sessions;
        this.lockout = lockout;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<AccountRow> list(AccountFilter filter, Pageable page) {
        access.checkNationalOffice();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (filter.countyCode() != null && !filter.countyCode().isBlank()) {
            where.append(" AND u.county_code = ?");
            params.add(filter.countyCode());
        }
        if (filter.role() != null) {
            where.append(" AND u.role = ?");
            params.add(filter.role().name());
        }
        if (filter.active() != null) {
            where.append(" AND u.active = ?");
            params.add(filter.active());
        }
        if (TextSearch.given(filter.q())) {
            where.append(" AND ").append(TextSearch.contains("search_key(u.full_name || ' ' || u.username)", "?"));
            params.add(TextSearch.literal(filter.q()));
        }
        long total = jdbc.sql("SELECT count(*) FROM user_account u" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        AccountSort sort = filter.sort() == null ? AccountSort.NAME : filter.sort();
        List<AccountRow> rows = jdbc.sql(SELECT + where + " ORDER BY " + sort.orderBy + " LIMIT ? OFFSET ?")
                .params(pageParams).query(AccountAdministration::row).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public Optional<AccountRow> find(long id) {
        access.checkNationalOffice();
        return jdbc.sql(SELECT + " WHERE u.id = ?").param(id).query(AccountAdministration::row).optional();
    }

    public boolean usernameTaken(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }

    /** Creates an account with a one-time password; {@code password} null or blank generates one. */
    @Transactional
    public Created create(AccountChange change, String password) {
        access.checkNationalOffice();
        String oneTime = password == null || password.isBlank() ? OneTimePasswords.generate() : password;
        UserAccount account = accounts.save(new UserAccount(change.username().trim(), change.fullName().trim(),
                FilterParams.blankToNull(change.email()), change.role(), countyFor(change), encoder.encode(oneTime), true));
        audit.record(AuditType.ACCOUNT_CREATED, describe(account));
        return new Created(account.getId(), oneTime);
    }

    /** The new account's id and its one-time password (to be shown once). */
    public record Created(long id, String oneTimePassword) {
    }

    /**
     * Saves the national office's edit; a stale {@code version} is a {@link VersionConflictException}. A change of rights (role, county,
     * disabling) ends every session of the user on every instance, so no session keeps the old rights: the
     * sessions live in PostgreSQL and each request reads its session from there.
     */
    @Transactional
    public void update(long id, long version, AccountChange change) {
        access.checkNationalOffice();
        UserAccount account = load(id, version);
        boolean disabling = account.isActive() && !change.active();
        String rightsBefore = rights(account);
        account.update(change.fullName().trim(), FilterParams.blankToNull(change.email()), change.role(), countyFor(change),
                change.active());
        VersionConflictException.whileWriting(version, accounts::flush);
        audit.record(disabling ? AuditType.ACCOUNT_DISABLED : AuditType.ACCOUNT_CHANGED, describe(account));
        if (!account.isActive() || !rights(account).equals(rightsBefore)) {
            sessions.endSessions(account.getUsername(), null);
        }
    }

    private static String rights(UserAccount account) {
        return account.getRole() + "/" + account.getCountyCode() + "/" + account.isActive();
    }

    @Transactional
    public void unlock(long id) {
        access.checkNationalOffice();
        UserAccount account = accounts.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        lockout.resetAll(id);
        audit.record(AuditType.ACCOUNT_UNLOCKED, account.getUsername());
    }

    /** Sets a one-time password (generated when {@code password} is blank), returns it, ends the user's sessions. */
    @Transactional
    public String setOneTimePassword(long id, String password) {
        access.checkNationalOffice();
        UserAccount account = accounts.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String oneTime = password == null || password.isBlank() ? OneTimePasswords.generate() : password;
        account.setOneTimePassword(encoder.encode(oneTime));
        audit.record(AuditType.PASSWORD_SET, account.getUsername());
        sessions.endSessions(account.getUsername(), null);
        events.publishEvent(new PasswordChanged(account.getId()));
        return oneTime;
    }

    /**
     * The operator's reset from the server's command line (no signed-in user): the account becomes usable again
     * (active, unlocked from every address) with a new one-time password, which is returned; its sessions end.
     */
    @Transactional
    public String resetByOperator(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no account named '" + username + "'"));
        String oneTime = OneTimePasswords.generate();
        if (!account.isActive()) {
            account.update(account.getFullName(), account.getEmail(), account.getRole(), account.getCountyCode(), true);
        }
        account.setOneTimePassword(encoder.encode(oneTime));
        lockout.resetAll(account.getId());
        audit.record(AuditType.PASSWORD_SET, "operator (command line)", null, account.getUsername());
        sessions.endSessions(account.getUsername(), null);
        events.publishEvent(new PasswordChanged(account.getId()));
        return oneTime;
    }

    private static AccountRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp locked = rs.getTimestamp("locked_until");
        return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getString("county_code"),
                rs.getString("county_name"), rs.getBoolean("active"), rs.getBoolean("must_change_password"),
                locked == null ? null : locked.toInstant(), rs.getLong("version"));
    }

    private UserAccount load(long id, long version) {
        UserAccount account = accounts.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        VersionConflictException.check(account.getVersion(), version);
        return account;
    }

    private static String countyFor(AccountChange change) {
        return change.role().isCountyRole() ? change.countyCode() : null;
    }

    private static String describe(UserAccount account) {
        return account.getUsername() + " (" + account.getRole() + (account.getCountyCode() == null ? ""
                : ", " + account.getCountyCode()) + (account.isActive() ? "" : ", inactive") + ")";
    }
}
