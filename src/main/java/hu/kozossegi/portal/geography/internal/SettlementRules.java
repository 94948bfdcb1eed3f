package hu.kozossegi.portal.geography.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.geography.SettlementNameResolver;
import hu.kozossegi.portal.geography.SettlementType;
import hu.kozossegi.portal.shared.rules.FieldViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * THE rules of a settlement, for the form and the import alike (docs/architecture.md, "Forms"): the Bean
 * Validation constraints of the typed {@link SettlementFields}, then the rules against the registry (the county
 * exists, KSH check digit, parents, one name per county, unique KSH code, a town with housing estates stays a
 * town in its county).
 */
@Component
public class SettlementRules {

    public static final String BUDAPEST_COUNTY = "01";
    public static final String BUDAPEST = "Budapest";
    static final Set<SettlementType> PARENT_TYPES = Set.of(SettlementType.TOWN, SettlementType.COUNTY_CITY);

    private final Counties counties;
    private final Validator beanValidator;

    SettlementRules(Counties counties, Validator beanValidator) {
        this.counties = counties;
        this.beanValidator = beanValidator;
    }

    /** The outcome: data ready to save when {@code problems} is empty. {@code parentKey} names an in-file parent. */
    public record Validated(SettlementData data, String parentKey, List<FieldViolation> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Checks {@code in}; {@code selfId} is the settlement being edited (null when new). */
    public Validated validate(SettlementFields in, Long selfId, RegistrySnapshot registry) {
        List<FieldViolation> problems = new ArrayList<>();
        for (ConstraintViolation<SettlementFields> v : beanValidator.validate(in)) {
            problems.add(new FieldViolation(v.getPropertyPath().toString(), key(v.getMessageTemplate())));
        }
        problems.sort(Comparator.comparingInt(p -> FIELD_ORDER.indexOf(p.field())));
        Set<String> broken = new HashSet<>();
        problems.forEach(p -> broken.add(p.field()));
        String name = trim(in.getName());
        String county = broken.contains("county") ? null : county(trim(in.getCounty()), problems);
        SettlementType type = in.getType();
        String ksh = trim(in.getKshCode()).replaceAll("\\s", "");
        if (!ksh.isEmpty() && !broken.contains("kshCode") && !isValidKsh(ksh)) {
            problems.add(new FieldViolation("kshCode", "settlement.error.ksh"));
            ksh = "";
        }
        String microRegion = trim(in.getMicroRegion());
        Long parentId = null;
        String parentKey = null;
        if (county != null && type != null) {
            Optional<RegistrySnapshot.Entry> parent = parent(in.getParent(), county, type, selfId, registry, problems);
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
        String kshCode = ksh.isEmpty() ? null : ksh;
        registry.byKsh(kshCode).filter(e -> e.id() == null || !e.id().equals(selfId))
                .ifPresent(e -> problems.add(new FieldViolation("kshCode", "settlement.error.kshTaken", e.data().name())));
        if (!problems.isEmpty()) {
            return new Validated(null, null, List.copyOf(problems));
        }
        return new Validated(new SettlementData(name, county, type, parentId,
                in.getPopulation() == null ? null : in.getPopulation().intValue(), kshCode,
                microRegion.isEmpty() ? null : microRegion, in.isDisadvantaged(), scaled(in.getLatitude()),
                scaled(in.getLongitude())), parentKey, List.of());
    }

    private static final List<String> FIELD_ORDER = List.of("name", "county", "type", "parent", "population",
            "kshCode", "microRegion", "disadvantaged", "latitude", "longitude");

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }

    private static BigDecimal scaled(BigDecimal coordinate) {
        return coordinate == null ? null : coordinate.setScale(6, RoundingMode.HALF_UP);
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
            else if (!parentName.isEmpty() && !SettlementNameResolver.fold(parentName).equals(SettlementNameResolver.fold(BUDAPEST))) {
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

    /** The county code for a typed code ("2" or "02") or name (accents and case ignored), or null. */
    public String countyCode(String typed) {
        String value = trim(typed);
        if (value.matches("\\d{1,2}")) {
            String code = value.length() == 1 ? "0" + value : value;
            if (counties.exists(code)) {
                return code;
            }
        }
        for (County county : counties.all()) {
            if (SettlementNameResolver.fold(county.name()).equals(SettlementNameResolver.fold(value))) {
                return county.code();
            }
        }
        return null;
    }

    private String county(String typed, List<FieldViolation> problems) {
        String code = countyCode(typed);
        if (code == null) {
            problems.add(new FieldViolation("county", "settlement.error.countyUnknown", typed));
        }
        return code;
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

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
