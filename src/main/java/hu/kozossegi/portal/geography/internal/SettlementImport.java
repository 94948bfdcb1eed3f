package hu.kozossegi.portal.geography.internal;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.shared.export.FormulaGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settlement import: a dry run that lists every bad row, and the import itself, which writes all rows or none,
 * or, when the user chooses so after the dry run, the good rows while skipping the bad ones. Rows match existing
 * settlements by KSH code, else by name and county; a matched row updates what changed.
 */
@Service
public class SettlementImport {

    /** A problem of a bad row: its line in the file, the settlement name typed in it, the column (header text)
     * and the message. */
    public record RowProblem(long line, String name, String column, FieldViolation problem) {
    }

    /** What the file would do (or did). {@code existingId} null: a new settlement. */
    public record Action(long line, Long existingId, SettlementData data, String parentKey, String key) {
    }

    public record Plan(List<Action> actions, List<RowProblem> problems, int created, int updated, int unchanged) {

        public boolean valid() {
            return problems.isEmpty();
        }

        /** The rows with at least one problem (a row with two problems counts once). */
        public long badRows() {
            return problems.stream().mapToLong(RowProblem::line).distinct().count();
        }

        /** Whether importing only the good rows would change anything. */
        public boolean goodRowsToImport() {
            return !actions.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final SettlementValidator validator;
    private final SettlementRepository repository;
    private final SettlementService service;
    private final CountyAccess access;

    SettlementImport(JdbcClient jdbc, SettlementValidator validator, SettlementRepository repository,
            SettlementService service, CountyAccess access) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.repository = repository;
        this.service = service;
        this.access = access;
    }

    /** The dry run: checks every row against the registry and the file's earlier rows; writes nothing. */
    @Transactional(readOnly = true)
    public Plan check(ImportFile file, ImportMapping mapping) {
        PortalUser user = service.checkMayWrite();
        RegistrySnapshot registry = RegistrySnapshot.load(jdbc);
        List<Action> actions = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ImportFile.Row row : file.rows()) {
            SettlementInput input = input(row, mapping);
            Optional<RegistrySnapshot.Entry> match = match(input, registry);
            if (match.isPresent() && match.get().id() == null) {
                problems.add(problem(row, file, mapping, new FieldViolation("name", "settlement.import.error.duplicate")));
                continue;
            }
            Long selfId = match.map(RegistrySnapshot.Entry::id).orElse(null);
            SettlementValidator.Validated result = validator.validate(input, selfId, registry);
            List<FieldViolation> rowProblems = new ArrayList<>(result.problems());
            if (result.valid() && !user.isNationalOffice()
                    && (!result.data().countyCode().equals(user.countyCode())
                        || match.filter(m -> !m.countyCode().equals(user.countyCode())).isPresent())) {
                rowProblems.add(new FieldViolation("county", "settlement.import.error.otherCounty"));
            }
            for (String field : ImportMapping.FIELDS) {
                if (formula(row.value(mapping.column(field)))) {
                    rowProblems.add(new FieldViolation(field, "settlement.import.error.formula"));
                }
            }
            if (!rowProblems.isEmpty()) {
                rowProblems.forEach(p -> problems.add(problem(row, file, mapping, p)));
                continue;
            }
            SettlementData data = result.data();
            if (match.isPresent() && RegistrySnapshot.sameData(match.get().data(), data)) {
                unchanged++;
                continue;
            }
            String key = RegistrySnapshot.key(data.countyCode(), data.name());
            actions.add(new Action(row.line(), selfId, data, result.parentKey(), key));
            match.ifPresent(registry::remove);
            registry.put(new RegistrySnapshot.Entry(selfId, match.map(RegistrySnapshot.Entry::version).orElse(0L),
                    data, match.map(RegistrySnapshot.Entry::hasChildren).orElse(false)));
            if (selfId == null) {
                created++;
            }
            else {
                updated++;
            }
        }
        return new Plan(List.copyOf(actions), List.copyOf(problems), created, updated, unchanged);
    }

    /**
     * Checks again and writes in one transaction every row, or nothing when any row is bad; with
     * {@code skipBadRows} (the user's choice after the dry run) the good rows, skipping the bad ones.
     */
    @Transactional
    public Plan run(ImportFile file, ImportMapping mapping, boolean skipBadRows) {
        Plan plan = check(file, mapping);
        if (!plan.valid() && (!skipBadRows || !plan.goodRowsToImport())) {
            return plan;
        }
        List<Long> ids = plan.actions().stream().map(Action::existingId).filter(id -> id != null).toList();
        Map<Long, Settlement> existing = repository.findAllById(ids).stream()
                .collect(Collectors.toMap(Settlement::getId, Function.identity()));
        Map<String, Long> createdIds = new HashMap<>();
        for (Action action : plan.actions()) {
            SettlementData data = action.data();
            access.checkWrite(data.countyCode(), Role.COUNTY_COORDINATOR);
            if (action.parentKey() != null) {
                data = withParent(data, createdIds.get(action.parentKey()));
            }
            if (action.existingId() == null) {
                createdIds.put(action.key(), repository.save(new Settlement(data)).getId());
            }
            else {
                Settlement settlement = existing.get(action.existingId());
                access.checkWrite(settlement.getCountyCode(), Role.COUNTY_COORDINATOR);
                settlement.apply(data);
            }
        }
        repository.flush();
        return plan;
    }

    private Optional<RegistrySnapshot.Entry> match(SettlementInput input, RegistrySnapshot registry) {
        String ksh = input.kshCode() == null ? "" : input.kshCode().replaceAll("\\s", "");
        if (SettlementValidator.isValidKsh(ksh)) {
            Optional<RegistrySnapshot.Entry> byKsh = registry.byKsh(ksh);
            if (byKsh.isPresent()) {
                return byKsh;
            }
        }
        String county = validator.countyCode(input.county());
        return county == null ? Optional.empty() : registry.byName(county, input.name());
    }

    private static SettlementInput input(ImportFile.Row row, ImportMapping mapping) {
        return new SettlementInput(row.value(mapping.column("name")), row.value(mapping.column("county")),
                row.value(mapping.column("type")), row.value(mapping.column("parent")),
                row.value(mapping.column("population")), row.value(mapping.column("kshCode")),
                row.value(mapping.column("microRegion")), row.value(mapping.column("disadvantaged")),
                row.value(mapping.column("latitude")), row.value(mapping.column("longitude")));
    }

    private static RowProblem problem(ImportFile.Row row, ImportFile file, ImportMapping mapping, FieldViolation problem) {
        Integer column = mapping.column(problem.field());
        String header = column == null ? "" : file.header().get(column);
        String name = row.value(mapping.column("name"));
        return new RowProblem(row.line(), name == null ? "" : name.strip(), header, problem);
    }

    /**
     * A cell a spreadsheet would read as a formula (OWASP CSV injection rule) is refused, not imported: no
     * settlement datum starts with = + - @ or a control character; a plain (negative) number is not a formula.
     */
    static boolean formula(String value) {
        if (!FormulaGuard.startsLikeFormula(value)) {
            return false;
        }
        try {
            new java.math.BigDecimal(value.strip().replace(',', '.'));
            return false;
        }
        catch (NumberFormatException ex) {
            return true;
        }
    }

    private static SettlementData withParent(SettlementData d, Long parentId) {
        return new SettlementData(d.name(), d.countyCode(), d.type(), parentId, d.population(), d.kshCode(),
                d.microRegion(), d.disadvantaged(), d.latitude(), d.longitude());
    }
}
