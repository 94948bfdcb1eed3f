package hu.kozossegi.portal.people.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.TextSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the worker pages: two statements per list page, one per detail. Contact data and notes are selected
 * only for the worker's county staff and the national office (DESIGN.md section 1), in SQL.
 */
@Component
public class WorkerQueries {

    private static final String SELECT = """
            SELECT w.id, w.full_name, w.county_code, c.name AS county_name, w.settlement_id,
                   s.name AS settlement_name, w.kind, w.organisation,
                   CASE WHEN :seeAll OR w.county_code = :readerCounty THEN w.email END AS email,
                   CASE WHEN :seeAll OR w.county_code = :readerCounty THEN w.phone END AS phone,
                   w.active, w.joined_on,
                   CASE WHEN :seeAll OR w.county_code = :readerCounty THEN w.notes END AS notes,
                   (w.anonymised_at IS NOT NULL) AS anonymised, w.version
            FROM community_worker w
            JOIN county c ON c.code = w.county_code
            LEFT JOIN settlement s ON s.id = w.settlement_id
            """;

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;

    WorkerQueries(JdbcClient jdbc, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
    }

    public Page<WorkerRow> list(WorkerFilter filter, PortalUser reader, int page, int size) {
        Map<String, Object> params = reader(reader);
        String where = where(filter, params);
        // Kept per filter while the data is unchanged (workers are a data-version source); it does not depend on
        // the reader.
        long total = dataVersion.kept("worker-list-totals", filter, () -> jdbc.sql(
                "SELECT count(*) FROM community_worker w" + where).params(params).query(Long.class).single());
        params.put("limit", size);
        params.put("offset", (long) page * size);
        // The page's ids first, along the name-order index that carries the stored search key (V94): a name search
        // walks the index only, and the joins run for the page's rows alone.
        List<WorkerRow> rows = jdbc.sql(SELECT + " WHERE w.id IN (SELECT w.id FROM community_worker w" + where
                + " ORDER BY w.full_name COLLATE \"hu-HU-x-icu\", w.id LIMIT :limit OFFSET :offset)"
                + " ORDER BY w.full_name COLLATE \"hu-HU-x-icu\", w.id")
                .params(params).query(RecordRows.of(WorkerRow.class)).list();
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    /** Every matching worker in list order, streamed (for the CSV export); contact data as for the list. */
    @Transactional(readOnly = true)
    public void forEach(WorkerFilter filter, PortalUser reader, Consumer<WorkerRow> action) {
        Map<String, Object> params = reader(reader);
        String where = where(filter, params);
        try (Stream<WorkerRow> rows = jdbc.sql(SELECT + where + " ORDER BY w.full_name COLLATE \"hu-HU-x-icu\", w.id")
                .params(params).withFetchSize(RecordRows.STREAM).query(RecordRows.of(WorkerRow.class)).stream()) {
            rows.forEach(action);
        }
    }

    public Optional<WorkerRow> find(long id, PortalUser reader) {
        Map<String, Object> params = reader(reader);
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE w.id = :id").params(params).query(RecordRows.of(WorkerRow.class)).optional();
    }

    /** Active workers of a settlement (at most {@code limit}) and how many there are in all. */
    public List<WorkerRow> ofSettlement(long settlementId, PortalUser reader, int limit) {
        Map<String, Object> params = reader(reader);
        params.put("settlement", settlementId);
        params.put("limit", limit);
        return jdbc.sql(SELECT + " WHERE w.settlement_id = :settlement"
                + " ORDER BY w.full_name COLLATE \"hu-HU-x-icu\", w.id LIMIT :limit")
                .params(params).query(RecordRows.of(WorkerRow.class)).list();
    }

    private static Map<String, Object> reader(PortalUser reader) {
        Map<String, Object> params = new HashMap<>();
        params.put("seeAll", reader != null && reader.isNationalOffice());
        params.put("readerCounty", reader == null || reader.countyCode() == null ? "" : reader.countyCode());
        return params;
    }

    private static String where(WorkerFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (filter.county() != null) {
            where.append(" AND w.county_code = :county");
            params.put("county", filter.county());
        }
        if (filter.settlementId() != null) {
            where.append(" AND w.settlement_id = :settlementId");
            params.put("settlementId", filter.settlementId());
        }
        if (filter.kind() != null) {
            where.append(" AND w.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.active() != null) {
            where.append(" AND w.active = :active");
            params.put("active", filter.active());
        }
        if (TextSearch.given(filter.q())) {
            where.append(" AND ").append(TextSearch.contains("w.name_key", ":q"));
            params.put("q", TextSearch.literal(filter.q()));
        }
        return where.toString();
    }
}
