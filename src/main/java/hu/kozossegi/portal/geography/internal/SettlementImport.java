package hu.kozossegi.portal.geography.internal;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Set;

import hu.kozossegi.portal.geography.SettlementNameResolver;
import hu.kozossegi.portal.geography.SettlementType;
import hu.kozossegi.portal.shared.web.DecimalNumber;
import hu.kozossegi.portal.shared.web.WholeNumber;

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

    private static final Map<String, SettlementType> TYPE_WORDS = Map.ofEntries(
            Map.entry("kozseg", SettlementType.VILLAGE), Map.entry("village", SettlementType.VILLAGE),
            Map.entry("nagykozseg", SettlementType.LARGE_VILLAGE),
            Map.entry("large village", SettlementType.LARGE_VILLAGE),
            Map.entry("varos", SettlementType.TOWN), Map.entry("town", SettlementType.TOWN),
            Map.entry("megyei jogu varos", SettlementType.COUNTY_CITY),
            Map.entry("city with county rights", SettlementType.COUNTY_CITY),
            Map.entry("fovarosi kerulet", SettlementType.BUDAPEST_DISTRICT),
            Map.entry("kerulet", SettlementType.BUDAPEST_DISTRICT),
            Map.entry("budapest district", SettlementType.BUDAPEST_DISTRICT),
            Map.entry("lakotelep", SettlementType.HOUSING_ESTATE),
            Map.entry("housing estate", SettlementType.HOUSING_ESTATE));
    private static final Set<String> YES = Set.of("igen", "i", "yes", "y", "true", "1", "x");
    private static final Set<String> NO = Set.of("nem", "n", "no", "false", "0", "");

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
    private final SettlementRules rules;
    private final SettlementRepository repository;
    private final SettlementService service;
    private final CountyAccess access;

    SettlementImport(JdbcClient jdbc, SettlementRules rules, SettlementRepository repository,
            SettlementService service, CountyAccess access) {
        this.jdbc = jdbc;
        this.rules = rules;
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
            List<FieldViolation> rowProblems = new ArrayList<>();
            SettlementFields input = fields(row, mapping, rowProblems);
            Optional<RegistrySnapshot.Entry> match = match(input, registry);
            if (match.isPresent() && match.get().id() == null) {
                problems.add(problem(row, file, mapping, new FieldViolation("name", "settlement.import.error.duplicate")));
                continue;
            }
            Long selfId = match.map(RegistrySnapshot.Entry::id).orElse(null);
            SettlementRules.Validated result = rules.validate(input, selfId, registry);
            // A cell that did not convert keeps only that problem, as a field with a typeMismatch does on the form.
            result.problems().stream().filter(p -> rowProblems.stream().noneMatch(c -> c.field().equals(p.field())))
                    .forEach(rowProblems::add);
            if (rowProblems.isEmpty() && !user.isNationalOffice()
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

    private Optional<RegistrySnapshot.Entry> match(SettlementFields input, RegistrySnapshot registry) {
        String ksh = input.getKshCode() == null ? "" : input.getKshCode().replaceAll("\\s", "");
        if (SettlementRules.isValidKsh(ksh)) {
            Optional<RegistrySnapshot.Entry> byKsh = registry.byKsh(ksh);
            if (byKsh.isPresent()) {
                return byKsh;
            }
        }
        String county = rules.countyCode(input.getCounty());
        return county == null ? Optional.empty() : registry.byName(county, input.getName());
    }

    /**
     * A row's cells converted to the typed fields that the form binds, with the file's words for codes: a county
     * by code or name, a type by its code or a Hungarian or English word, yes/no words, numbers with the form's
     * parsers. A cell that does not convert is a problem of its column with the message the form gives.
     */
    private SettlementFields fields(ImportFile.Row row, ImportMapping mapping, List<FieldViolation> problems) {
        SettlementFields fields = new SettlementFields();
        fields.setName(text(row, mapping, "name"));
        String county = text(row, mapping, "county");
        String countyCode = rules.countyCode(county);
        if (countyCode == null && !county.isEmpty()) {
            problems.add(new FieldViolation("county", "settlement.error.countyUnknown", county));
        }
        fields.setCounty(countyCode == null ? county : countyCode);
        String type = text(row, mapping, "type");
        fields.setType(type.isEmpty() ? null : typeOf(type));
        if (!type.isEmpty() && fields.getType() == null) {
            problems.add(new FieldViolation("type", "settlement.error.typeUnknown", type));
        }
        fields.setParent(text(row, mapping, "parent"));
        try {
            fields.setPopulation(WholeNumber.Factory.parse(text(row, mapping, "population")));
        } catch (ParseException e) {
            problems.add(new FieldViolation("population", "settlement.error.population"));
        }
        fields.setKshCode(text(row, mapping, "kshCode"));
        fields.setMicroRegion(text(row, mapping, "microRegion"));
        String disadvantaged = SettlementNameResolver.fold(text(row, mapping, "disadvantaged"));
        fields.setDisadvantaged(YES.contains(disadvantaged));
        if (!YES.contains(disadvantaged) && !NO.contains(disadvantaged)) {
            problems.add(new FieldViolation("disadvantaged", "settlement.error.yesNo",
                    text(row, mapping, "disadvantaged")));
        }
        for (String coordinate : List.of("latitude", "longitude")) {
            try {
                BigDecimal value = DecimalNumber.Factory.parse(text(row, mapping, coordinate));
                if (coordinate.equals("latitude")) {
                    fields.setLatitude(value);
                } else {
                    fields.setLongitude(value);
                }
            } catch (ParseException e) {
                problems.add(new FieldViolation(coordinate, "settlement.error." + coordinate + "Range"));
            }
        }
        return fields;
    }

    private static SettlementType typeOf(String typed) {
        for (SettlementType type : SettlementType.values()) {
            if (type.name().equalsIgnoreCase(typed)) {
                return type;
            }
        }
        return TYPE_WORDS.get(SettlementNameResolver.fold(typed));
    }

    private static String text(ImportFile.Row row, ImportMapping mapping, String field) {
        String value = row.value(mapping.column(field));
        return value == null ? "" : value.strip();
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
