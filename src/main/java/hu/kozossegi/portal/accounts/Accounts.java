package hu.kozossegi.portal.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to portal accounts for other modules: names and roles only, one SQL statement per call. */
@Service
public class Accounts {

    private static final String SELECT = "SELECT id, full_name, role, county_code, active FROM user_account ";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active staff of a county and the national office's active accounts, in Hungarian name order. */
    public List<StaffMember> staffOf(String countyCode) {
        return jdbc.sql(SELECT + """
                 WHERE active AND (county_code = :county OR role = 'NATIONAL_OFFICE')
                 ORDER BY full_name COLLATE "hu-HU-x-icu", id""")
                .param("county", countyCode == null ? "" : countyCode)
                .query(RecordRows.of(StaffMember.class)).list();
    }

    public Optional<StaffMember> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(RecordRows.of(StaffMember.class)).optional();
    }

    public Map<Long, StaffMember> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " WHERE id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(RecordRows.of(StaffMember.class)).list().stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }
}
