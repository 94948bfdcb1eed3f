package hu.kozossegi.portal.opendata.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: issued by the national office (the token is returned once and only its SHA-256 is stored),
 * revoked, and looked up by the hash of the bearer value a request brings.
 */
@Service
public class ApiTokens {

    /** The prefix marks a portal API token in logs and secret scanners. */
    static final String PREFIX = "kkp_";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token of the admin list (never the token itself). */
    public record TokenRow(long id, String name, String tokenPrefix, String scope, String countyCode,
            String countyName, Long programmeId, String programmeName, String createdBy, Instant createdAt,
            String revokedBy, Instant revokedAt, Instant lastUsedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** An active token found for a request. */
    public record ActiveToken(long id, String name, ApiScope scope) {
    }

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new token with the scope and returns the token itself, which is shown once and never again. */
    @Transactional
    public String issue(String name, ApiScope scope, String by) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                INSERT INTO api_token (name, token_hash, token_prefix, scope, county_code, programme_id, created_by)
                VALUES (:name, :hash, :prefix, :scope, :county, :programme, :by)""")
                .param("name", name.trim()).param("hash", sha256(token)).param("prefix", token.substring(0, 10))
                .param("scope", scope.kind().name()).param("county", scope.countyCode())
                .param("programme", scope.programmeId()).param("by", by).update();
        return token;
    }

    /** Revokes a token; false when there is no such active token. */
    @Transactional
    public boolean revoke(long id, String by) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now(), revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("by", by).update() == 1;
    }

    public List<TokenRow> all() {
        return jdbc.sql("""
                SELECT t.id, t.name, t.token_prefix, t.scope, t.county_code, c.name AS county_name, t.programme_id,
                       p.name AS programme_name, t.created_by, t.created_at, t.revoked_by, t.revoked_at, t.last_used_at
                FROM api_token t LEFT JOIN county c ON c.code = t.county_code LEFT JOIN programme p ON p.id = t.programme_id
                ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.id DESC""")
                .query(RecordRows.of(TokenRow.class)).list();
    }

    /** The active token with this value, if any; notes when it was last used (at most once a minute: one read otherwise). */
    @Transactional
    public Optional<ActiveToken> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, name, scope, county_code, programme_id,
                       last_used_at IS NULL OR last_used_at < now() - interval '1 minute' AS stale
                FROM api_token WHERE token_hash = ? AND revoked_at IS NULL""").param(sha256(token))
                .query((rs, n) -> {
                    ActiveToken found = new ActiveToken(rs.getLong("id"), rs.getString("name"),
                            new ApiScope(ApiScope.Kind.valueOf(rs.getString("scope")), rs.getString("county_code"),
                                    rs.getObject("programme_id", Long.class)));
                    if (rs.getBoolean("stale")) {
                        jdbc.sql("UPDATE api_token SET last_used_at = now() WHERE id = ?").param(found.id()).update();
                    }
                    return found;
                })
                .optional();
    }

    /** The programmes a token may be limited to, by name. */
    public List<Option> programmeChoices() {
        return jdbc.sql("SELECT id, name FROM programme ORDER BY name COLLATE \"hu-HU-x-icu\", id")
                .query((rs, n) -> new Option(String.valueOf(rs.getLong("id")), rs.getString("name"))).list();
    }

    public boolean programmeExists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM programme WHERE id = ?)").param(id).query(Boolean.class).single();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
