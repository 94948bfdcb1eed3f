package hu.kozossegi.portal.activities.internal;

import hu.kozossegi.portal.shared.rules.VersionConflictException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.SummedPage;
import hu.kozossegi.portal.shared.db.TextSearch;
import hu.kozossegi.portal.shared.db.Where;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Exchange visits: reads, and writes with the same rights as events (organising county's staff). */
@Service
public class Visits {

    private static final Role[] WRITERS = {Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER};

    private final VisitRepository repository;
    private final JdbcClient jdbc;
    private final CountyAccess access;
    private final ReportYears years;
    private final DataVersion dataVersion;

    Visits(VisitRepository repository, JdbcClient jdbc, CountyAccess access, ReportYears years,
            DataVersion dataVersion) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.access = access;
        this.years = years;
        this.dataVersion = dataVersion;
    }

    @Transactional(readOnly = true)
    public Visit get(long id) {
        return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public PortalUser checkCreate(String countyCode) {
        return access.checkWrite(countyCode, WRITERS);
    }

    public boolean canEdit(Visit visit) {
        return access.canWrite(visit.getCountyCode(), WRITERS);
    }

    /** The visit if the current user may edit visits of its county (403 otherwise); the year lock is checked on save. */
    @Transactional(readOnly = true)
    public Visit checkEditable(long id) {
        Visit visit = get(id);
        access.checkWrite(visit.getCountyCode(), WRITERS);
        return visit;
    }

    /** The closed years binding the current user (none for the national office), for the forms' notice. */
    public java.util.List<Integer> lockedYears() {
        return years.lockedFor(access.requireUser().isNationalOffice());
    }

    /** The closed year the visit is dated in, when it binds the current user (the form says so); else null. */
    public Integer lockedYear(Visit visit) {
        return years.lockedYearOf(visit.getVisitDate(), access.requireUser().isNationalOffice());
    }

    /** As {@link #checkEditable}, and 409 when the visit lies in a closed year (its travelling workers are part of it). */
    private Visit checkWritable(long id) {
        Visit visit = checkEditable(id);
        years.checkOpenForCountyStaff(visit.getVisitDate(), access.requireUser().isNationalOffice());
        return visit;
    }

    @Transactional
    public Visit create(VisitDetails details) {
        PortalUser user = checkCreate(details.countyCode());
        years.checkDatedRecord("visitDate", null, details.visitDate(), user.isNationalOffice());
        Visit visit = repository.saveAndFlush(Visit.of(details));
        replaceParties(visit.getId(), details);
        return visit;
    }

    @Transactional
    public Visit update(long id, long version, VisitDetails details) {
        Visit visit = checkEditable(id);
        PortalUser user = checkCreate(details.countyCode());
        years.checkDatedRecord("visitDate", visit.getVisitDate(), details.visitDate(), user.isNationalOffice());
        VersionConflictException.check(visit.getVersion(), version);
        visit.apply(details);
        VersionConflictException.whileWriting(version, repository::flush);
        replaceParties(id, details);
        return visit;
    }

    private void replaceParties(long visitId, VisitDetails details) {
        jdbc.sql("DELETE FROM exchange_visit_party WHERE visit_id = ?").param(visitId).update();
        jdbc.sql("""
                INSERT INTO exchange_visit_party (visit_id, settlement_id)
                SELECT ?, s FROM unnest(CAST(? AS bigint[])) AS s""")
                .param(visitId).param(details.visitingSettlementIds().stream().distinct().toArray(Long[]::new))
                .update();
        jdbc.sql("""
                INSERT INTO exchange_visit_party (visit_id, initiative_id)
                SELECT ?, i FROM unnest(CAST(? AS bigint[])) AS i""")
                .param(visitId).param(details.visitingInitiativeIds().stream().distinct().toArray(Long[]::new))
                .update();
    }

    public List<Long> visitingInitiatives(long visitId) {
        return jdbc.sql("""
                SELECT initiative_id FROM exchange_visit_party WHERE visit_id = ? AND initiative_id IS NOT NULL
                ORDER BY id""").param(visitId).query(Long.class).list();
    }

    public List<Long> visitingSettlements(long visitId) {
        return jdbc.sql("""
                SELECT settlement_id FROM exchange_visit_party WHERE visit_id = ? AND settlement_id IS NOT NULL
                ORDER BY id""").param(visitId).query(Long.class).list();
    }

    public List<Long> workers(long visitId) {
        return jdbc.sql("SELECT worker_id FROM exchange_visit_worker WHERE visit_id = ? ORDER BY worker_id")
                .param(visitId).query(Long.class).list();
    }

    /** Adds a travelling worker; false when already listed. */
    @Transactional
    public boolean addWorker(long visitId, long workerId) {
        checkWritable(visitId);
        return jdbc.sql("INSERT INTO exchange_visit_worker (visit_id, worker_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .param(visitId).param(workerId).update() == 1;
    }

    @Transactional
    public void removeWorker(long visitId, long workerId) {
        checkWritable(visitId);
        jdbc.sql("DELETE FROM exchange_visit_worker WHERE visit_id = ? AND worker_id = ?")
                .param(visitId).param(workerId).update();
    }

    /**
     * Latest first; {@code countyCode} matches the organising or the host settlement's county, {@code organiser}
     * only the organising county (as the annual report counts visits), {@code region} the organising county's
     * region, {@code status} the visit's status (the annual report counts HELD ones). The sum is the visiting
     * participants (travelling workers plus other participants) of every match.
     */
    public SummedPage<VisitRow> page(String countyCode, String organiser, Integer region, Integer year,
            VisitStatus status, String q, Pageable pageable) {
        Where where = new Where()
                .and("v.status = :status", "status", status == null ? null : status.name())
                .and("v.county_code = :organiser", "organiser", organiser)
                .and("v.county_code IN (SELECT code FROM county WHERE region_id = :region)", "region", region)
                .and("v.county_code = :county OR v.host_settlement_id IN "
                        + "(SELECT s.id FROM settlement s WHERE s.county_code = :county)", "county", countyCode)
                .and("v.visit_date >= make_date(:year, 1, 1) AND v.visit_date < make_date(:year + 1, 1, 1)", "year",
                        year);
        if (TextSearch.given(q)) {
            where.and(TextSearch.contains("search_key(v.purpose)", ":q") + " OR "
                    + TextSearch.contains("search_key(coalesce(v.learned, ''))", ":q"), "q", TextSearch.literal(q));
        }
        // The total and the sum read only data-version sources (visits, their workers, settlements): kept per filter
        // while the data is unchanged (a pass over all 20,000 visits with a sub-select each otherwise).
        long[] totals = dataVersion.kept("visit-list-totals", new VisitTotalsKey(countyCode, organiser, region, year,
                status, q), () -> jdbc.sql("""
                SELECT count(*) AS total, coalesce(sum(v.other_participants
                    + (SELECT count(*) FROM exchange_visit_worker w WHERE w.visit_id = v.id)), 0) AS visitors
                FROM exchange_visit v""" + where.sql()).params(where.params())
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("visitors")}).single());
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<VisitRow> rows = jdbc.sql("""
                SELECT v.id, v.visit_date, v.status, v.county_code, v.host_settlement_id, v.purpose, v.follow_up,
                       (SELECT count(*) FROM exchange_visit_party p WHERE p.visit_id = v.id) AS parties,
                       (SELECT count(*) FROM exchange_visit_worker w WHERE w.visit_id = v.id) AS workers,
                       v.other_participants
                FROM exchange_visit v""" + where.sql() + " ORDER BY v.visit_date DESC, v.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(RecordRows.of(VisitRow.class)).list();
        return new SummedPage<>(new PageImpl<>(rows, pageable, totals[0]), totals[1]);
    }

    private record VisitTotalsKey(String countyCode, String organiser, Integer region, Integer year,
            VisitStatus status, String q) {
    }
}
