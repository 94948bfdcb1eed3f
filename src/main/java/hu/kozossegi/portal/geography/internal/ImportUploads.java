package hu.kozossegi.portal.geography.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded import files, parsed once and kept in PostgreSQL (not in the session) for {@link #LIFETIME}, keyed
 * by a random id and readable only by the user who uploaded them. A user has at most one upload at a time.
 */
@Service
public class ImportUploads {

    static final Duration LIFETIME = Duration.ofHours(2);

    /** A stored upload: the file name the user gave and the parsed file. */
    public record Stored(String filename, ImportFile file) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    ImportUploads(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Keeps the parsed file for {@code owner}, replacing their earlier upload; returns its id. */
    @Transactional
    public UUID store(String owner, String filename, ImportFile file) {
        jdbc.sql("DELETE FROM settlement_import_upload WHERE owner = ? OR expires_at < now()").param(owner).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO settlement_import_upload (id, owner, filename, encoding, delimiter, header, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, owner, filename.length() > 255 ? filename.substring(0, 255) : filename, file.encoding(),
                        String.valueOf(file.delimiter()), file.header().toArray(String[]::new),
                        Timestamp.from(Instant.now(clock).plus(LIFETIME)))
                .update();
        template.batchUpdate("INSERT INTO settlement_import_upload_row (upload_id, line, cells) VALUES (?, ?, ?)",
                file.rows(), 1000, (ps, row) -> {
                    ps.setObject(1, id);
                    ps.setLong(2, row.line());
                    ps.setObject(3, row.values().toArray(String[]::new));
                });
        return id;
    }

    /** The upload with this id if it belongs to {@code owner} and has not expired. */
    @Transactional(readOnly = true)
    public Optional<Stored> load(UUID id, String owner) {
        return jdbc.sql("""
                SELECT filename, encoding, delimiter, header FROM settlement_import_upload
                WHERE id = ? AND owner = ? AND expires_at > now()""")
                .params(id, owner)
                .query((rs, n) -> new Object[] {rs.getString("filename"), rs.getString("encoding"),
                    rs.getString("delimiter"), strings(rs, "header")})
                .optional()
                .map(head -> {
                    List<ImportFile.Row> rows = jdbc.sql(
                            "SELECT line, cells FROM settlement_import_upload_row WHERE upload_id = ? ORDER BY line")
                            .param(id).query((rs, n) -> new ImportFile.Row(rs.getLong("line"), strings(rs, "cells")))
                            .list();
                    return new Stored((String) head[0], new ImportFile((String) head[1], ((String) head[2]).charAt(0),
                            (List<String>) head[3], rows));
                });
    }

    @Transactional
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM settlement_import_upload WHERE id = ?").param(id).update();
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return Arrays.asList((String[]) array.getArray());
    }
}
