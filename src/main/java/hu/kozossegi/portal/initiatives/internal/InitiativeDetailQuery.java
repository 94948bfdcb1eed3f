package hu.kozossegi.portal.initiatives.internal;

import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.initiatives.internal.InitiativeDetail.FundingLine;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail.Head;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail.NoteLine;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail.OutcomeLine;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail.Person;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail.Place;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail.Theme;
import hu.kozossegi.portal.shared.db.Caches;
import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The detail page's data: seven statements, however many settlements, workers, outcomes or notes. */
@Service
public class InitiativeDetailQuery {

    private final JdbcClient jdbc;

    InitiativeDetailQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<InitiativeDetail> find(long id) {
        Optional<Head> head = jdbc.sql("""
                SELECT i.id, i.version, i.title, i.primary_settlement_id, s.name AS primary_settlement_name,
                       s.county_code, c.name AS county_name, i.programme_id, p.name AS programme_name, i.status,
                       i.start_date, i.end_date, i.lead_worker_id, w.full_name AS lead_worker_name,
                       i.need_assessment, i.action_programme, i.resident_participants
                FROM initiative i
                JOIN settlement s ON s.id = i.primary_settlement_id
                JOIN county c ON c.code = s.county_code
                LEFT JOIN programme p ON p.id = i.programme_id
                LEFT JOIN community_worker w ON w.id = i.lead_worker_id
                WHERE i.id = ?""").param(id).query(RecordRows.of(Head.class)).optional();
        return head.map(h -> new InitiativeDetail(h,
                jdbc.sql("""
                        SELECT s.id, s.name, c.name AS county_name FROM initiative_settlement x
                        JOIN settlement s ON s.id = x.settlement_id JOIN county c ON c.code = s.county_code
                        WHERE x.initiative_id = ? ORDER BY settlement_sort_name(s.name) COLLATE "hu-HU-x-icu", s.id""")
                        .param(id).query(RecordRows.of(Place.class)).list(),
                jdbc.sql("""
                        SELECT w.id, w.full_name, c.name AS county_name FROM initiative_worker x
                        JOIN community_worker w ON w.id = x.worker_id JOIN county c ON c.code = w.county_code
                        WHERE x.initiative_id = ? ORDER BY w.full_name COLLATE "hu-HU-x-icu", w.id""")
                        .param(id).query(RecordRows.of(Person.class)).list(),
                jdbc.sql("""
                        SELECT r.code, r.name_hu, r.name_en FROM initiative_theme t
                        JOIN initiative_theme_ref r ON r.code = t.theme_code
                        WHERE t.initiative_id = ? ORDER BY r.position""")
                        .param(id).query(RecordRows.of(Theme.class)).list(),
                jdbc.sql("SELECT source, amount_huf FROM initiative_funding WHERE initiative_id = ? ORDER BY position")
                        .param(id).query(RecordRows.of(FundingLine.class)).list(),
                jdbc.sql("""
                        SELECT id, type, name, achieved_on, description FROM initiative_outcome
                        WHERE initiative_id = ? ORDER BY achieved_on DESC, id DESC""")
                        .param(id).query(RecordRows.of(OutcomeLine.class)).list(),
                jdbc.sql("""
                        SELECT id, noted_on, text, author, author_name FROM progress_note
                        WHERE initiative_id = ? ORDER BY noted_on DESC, id DESC""")
                        .param(id).query(RecordRows.of(NoteLine.class)).list()));
    }

    /** The theme list kept in the migration, in its order (reference data: cached). */
    @Cacheable(cacheNames = Caches.REFERENCE, key = "'initiativeThemes'")
    public List<Theme> themes() {
        return List.copyOf(jdbc.sql("SELECT code, name_hu, name_en FROM initiative_theme_ref ORDER BY position")
                .query(RecordRows.of(Theme.class)).list());
    }
}
