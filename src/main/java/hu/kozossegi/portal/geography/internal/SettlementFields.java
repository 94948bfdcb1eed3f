package hu.kozossegi.portal.geography.internal;

import java.math.BigDecimal;

import hu.kozossegi.portal.geography.SettlementType;
import hu.kozossegi.portal.shared.web.DecimalNumber;
import hu.kozossegi.portal.shared.web.RequiredWith;
import hu.kozossegi.portal.shared.web.WholeNumber;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A settlement's fields, typed: what the settlement form binds (through setters, so that text that does not
 * convert is a {@code typeMismatch} error with the typed text kept) and what each row of the settlement import is
 * converted to. Both are checked by the same Bean Validation constraints here and the same registry rules
 * ({@link SettlementRules}). {@code county} is a county code; {@code parent} the name of the parent town in the
 * same county (a Budapest district's parent is always Budapest).
 */
@RequiredWith(field = "latitude", when = "longitude", message = "{settlement.error.coordinatesPair}")
@RequiredWith(field = "longitude", when = "latitude", message = "{settlement.error.coordinatesPair}")
public class SettlementFields {

    @NotBlank(message = "{settlement.error.nameRequired}")
    @Size(max = 120, message = "{settlement.error.nameTooLong}")
    private String name = "";
    @NotBlank(message = "{settlement.error.countyRequired}")
    @Size(max = 100, message = "{settlement.error.countyRequired}")
    private String county = "";
    @NotNull(message = "{settlement.error.typeRequired}")
    private SettlementType type;
    @Size(max = 500, message = "{settlement.error.nameTooLong}")
    private String parent = "";
    @WholeNumber
    @Min(value = 0, message = "{settlement.error.population}")
    @Max(value = 2_000_000, message = "{settlement.error.population}")
    private Long population;
    @Size(max = 40, message = "{settlement.error.ksh}")
    private String kshCode = "";
    @Size(max = 120, message = "{settlement.error.microRegionTooLong}")
    private String microRegion = "";
    private boolean disadvantaged;
    @DecimalNumber
    @DecimalMin(value = "45.7", message = "{settlement.error.latitudeRange}")
    @DecimalMax(value = "48.6", message = "{settlement.error.latitudeRange}")
    private BigDecimal latitude;
    @DecimalNumber
    @DecimalMin(value = "16.1", message = "{settlement.error.longitudeRange}")
    @DecimalMax(value = "22.9", message = "{settlement.error.longitudeRange}")
    private BigDecimal longitude;

    /** The fields of a stored settlement, as the edit form starts. */
    public static void fill(SettlementFields fields, SettlementRow row) {
        fields.name = row.name();
        fields.county = row.countyCode();
        fields.type = row.type();
        fields.parent = row.parentName() == null ? "" : row.parentName();
        fields.population = row.population() == null ? null : row.population().longValue();
        fields.kshCode = row.kshCode() == null ? "" : row.kshCode();
        fields.microRegion = row.microRegion() == null ? "" : row.microRegion();
        fields.disadvantaged = row.disadvantaged();
        fields.latitude = row.latitude();
        fields.longitude = row.longitude();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public SettlementType getType() {
        return type;
    }

    public void setType(SettlementType type) {
        this.type = type;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public Long getPopulation() {
        return population;
    }

    public void setPopulation(Long population) {
        this.population = population;
    }

    public String getKshCode() {
        return kshCode;
    }

    public void setKshCode(String kshCode) {
        this.kshCode = kshCode;
    }

    public String getMicroRegion() {
        return microRegion;
    }

    public void setMicroRegion(String microRegion) {
        this.microRegion = microRegion;
    }

    public boolean isDisadvantaged() {
        return disadvantaged;
    }

    public void setDisadvantaged(boolean disadvantaged) {
        this.disadvantaged = disadvantaged;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }
}
