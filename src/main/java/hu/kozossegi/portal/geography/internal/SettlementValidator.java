package hu.kozossegi.portal.geography.internal;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.geography.SettlementType;
import org.springframework.stereotype.Component;

/**
 * Parses and checks a typed settlement against the registry: the one place for the rules of the form and the
 * import (formats, KSH check digit, coordinates inside Hungary, parents, one name per county, unique KSH code).
 */
@Component
public class SettlementValidator {

    public static final String BUDAPEST_COUNTY = "01";
    public static final String BUDAPEST = "Budapest";
    static final Set<SettlementType> PARENT_TYPES = Set.of(SettlementType.TOWN, SettlementType.COUNTY_CITY);

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

    private final Counties counties;

    SettlementValidator(Counties counties) {
        this.counties = counties;
    }

    /** The outcome: data ready to save when {@code problems} is empty. {@code parentKey} names an in-file parent. */
    public record Validated(SettlementData data, String parentKey, List<FieldViolation> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Checks {@code in}; {@code selfId} is the settlement being edited (null when new). */
    public Validated validate(SettlementInput in, Long selfId, RegistrySnapshot registry) {
        List<FieldViolation> problems = new ArrayList<>();
        String name = trim(in.name());
        if (name.isEmpty()) {
            problems.add(new FieldViolation("name", "settlement.error.nameRequired"));
        }
        else if (name.length() > 120) {
            problems.add(new FieldViolation("name", "settlement.error.nameTooLong"));
        }
        String county = county(in.county(), problems);
        SettlementType type = type(in.type(), problems);
        Integer population = population(in.population(), problems);
        String ksh = ksh(in.kshCode(), problems);
        String microRegion = trim(in.microRegion());
        if (microRegion.length() > 120) {
            problems.add(new FieldViolation("microRegion", "settlement.error.microRegionTooLong"));
        }
        Boolean disadvantaged = yesNo(in.disadvantaged(), problems);
        BigDecimal latitude = coordinate(in.latitude(), "latitude", 45.7, 48.6, problems);
        BigDecimal longitude = coordinate(in.longitude(), "longitude", 16.1, 22.9, problems);
        if ((latitude == null) != (longitude == null) && problems.stream()
                .noneMatch(p -> p.field().equals("latitude") || p.field().equals("longitude"))) {
            problems.add(new FieldViolation(latitude == null ? "latitude" : "longitude", "settlement.error.coordinatesPair"));
        }
        Long parentId = null;
        String parentKey = null;
        if (county != null && type != null) {
            Optional<RegistrySnapshot.Entry> parent = parent(in.parent(), county, type, selfId, registry, problems);
            if (parent.isPresent()) {
                parentId = parent.get().id();
                parentKey = parentId == null ? RegistrySnapshot.key(county, parent.get().data().name()) : null;
            }
            if (!name.isEmpty()) {
                registry.byName(county, name).filter(e -> e.id() == null || !e.id().equals(selfId))
                        .ifPresent(e -> problems.add(new FieldViolation("name", "settlement.error.nameTaken")));
            }
            registry.byId(selfId).filter(RegistrySnapshot.Entry::hasChildren).ifPresent(self -> {
                if (!PARENT_TYPES.contains(type) && !(BUDAPEST.equals(self.data().name()))) {
                    problems.add(new FieldViolation("type", "settlement.error.hasChildren"));
                }
                if (!county.equals(self.countyCode())) {
                    problems.add(new FieldViolation("county", "settlement.error.hasChildrenCounty"));
                }
            });
        }
        registry.byKsh(ksh).filter(e -> e.id() == null || !e.id().equals(selfId))
                .ifPresent(e -> problems.add(new FieldViolation("kshCode", "settlement.error.kshTaken", e.data().name())));
        if (!problems.isEmpty()) {
            return new Validated(null, null, List.copyOf(problems));
        }
        return new Validated(new SettlementData(name, county, type, parentId, population, ksh,
                microRegion.isEmpty() ? null : microRegion, disadvantaged, latitude, longitude), parentKey, List.of());
    }

    private Optional<RegistrySnapshot.Entry> parent(String typed, String county, SettlementType type, Long selfId,
            RegistrySnapshot registry, List<FieldViolation> problems) {
        String parentName = trim(typed);
        if (type == SettlementType.BUDAPEST_DISTRICT) {
            if (!BUDAPEST_COUNTY.equals(county)) {
                problems.add(new FieldViolation("county", "settlement.error.districtCounty"));
                return Optional.empty();
            }
            Optional<RegistrySnapshot.Entry> budapest = registry.budapest();
            if (budapest.isEmpty()) {
                problems.add(new FieldViolation("parent", "settlement.error.noBudapest"));
            }
            else if (!parentName.isEmpty() && !fold(parentName).equals(fold(BUDAPEST))) {
                problems.add(new FieldViolation("parent", "settlement.error.districtParent"));
            }
            return budapest;
        }
        if (type != SettlementType.HOUSING_ESTATE) {
            if (!parentName.isEmpty()) {
                problems.add(new FieldViolation("parent", "settlement.error.parentNotAllowed"));
            }
            return Optional.empty();
        }
        if (parentName.isEmpty()) {
            problems.add(new FieldViolation("parent", "settlement.error.parentRequired"));
            return Optional.empty();
        }
        Optional<RegistrySnapshot.Entry> parent = registry.byNameIgnoringAccents(county, parentName,
                e -> PARENT_TYPES.contains(e.type()) && (e.id() == null || !e.id().equals(selfId)));
        if (parent.isEmpty()) {
            problems.add(new FieldViolation("parent", "settlement.error.parentNotFound", parentName));
        }
        return parent;
    }

    /** The county code for a typed code or name, or null when it names no county. */
    public String countyCode(String typed) {
        List<FieldViolation> ignored = new ArrayList<>();
        return county(typed, ignored);
    }

    private String county(String typed, List<FieldViolation> problems) {
        String value = trim(typed);
        if (value.isEmpty()) {
            problems.add(new FieldViolation("county", "settlement.error.countyRequired"));
            return null;
        }
        if (value.matches("\\d{1,2}")) {
            String code = value.length() == 1 ? "0" + value : value;
            if (counties.exists(code)) {
                return code;
            }
        }
        for (County county : counties.all()) {
            if (fold(county.name()).equals(fold(value))) {
                return county.code();
            }
        }
        problems.add(new FieldViolation("county", "settlement.error.countyUnknown", value));
        return null;
    }

    private static SettlementType type(String typed, List<FieldViolation> problems) {
        String value = trim(typed);
        if (value.isEmpty()) {
            problems.add(new FieldViolation("type", "settlement.error.typeRequired"));
            return null;
        }
        for (SettlementType type : SettlementType.values()) {
            if (type.name().equalsIgnoreCase(value)) {
                return type;
            }
        }
        SettlementType type = TYPE_WORDS.get(fold(value));
        if (type == null) {
            problems.add(new FieldViolation("type", "settlement.error.typeUnknown", value));
        }
        return type;
    }

    private static Integer population(String typed, List<FieldViolation> problems) {
        String value = trim(typed).replaceAll("[\\s\\u00a0.]", "");
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,8}")) {
            problems.add(new FieldViolation("population", "settlement.error.population"));
            return null;
        }
        int population = Integer.parseInt(value);
        if (population > 2_000_000) {
            problems.add(new FieldViolation("population", "settlement.error.population"));
            return null;
        }
        return population;
    }

    private static String ksh(String typed, List<FieldViolation> problems) {
        String value = trim(typed).replaceAll("\\s", "");
        if (value.isEmpty()) {
            return null;
        }
        if (!isValidKsh(value)) {
            problems.add(new FieldViolation("kshCode", "settlement.error.ksh"));
            return null;
        }
        return value;
    }

    /** The KSH settlement code: five digits, the fifth = (d1 + 3*d2 + 7*d3 + 9*d4) mod 10. */
    public static boolean isValidKsh(String code) {
        if (code == null || !code.matches("\\d{5}")) {
            return false;
        }
        int[] weights = {1, 3, 7, 9};
        int sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += (code.charAt(i) - '0') * weights[i];
        }
        return sum % 10 == code.charAt(4) - '0';
    }

    private static Boolean yesNo(String typed, List<FieldViolation> problems) {
        String value = fold(trim(typed));
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        problems.add(new FieldViolation("disadvantaged", "settlement.error.yesNo", typed));
        return false;
    }

    private static BigDecimal coordinate(String typed, String field, double min, double max,
            List<FieldViolation> problems) {
        String value = trim(typed).replace(',', '.');
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.doubleValue() < min || number.doubleValue() > max) {
                problems.add(new FieldViolation(field, "settlement.error." + field + "Range"));
                return null;
            }
            return number.setScale(6, RoundingMode.HALF_UP);
        }
        catch (NumberFormatException ex) {
            problems.add(new FieldViolation(field, "settlement.error." + field + "Range"));
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    static String fold(String value) {
        String folded = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
