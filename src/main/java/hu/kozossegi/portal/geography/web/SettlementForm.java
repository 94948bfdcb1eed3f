package hu.kozossegi.portal.geography.web;

import hu.kozossegi.portal.geography.internal.SettlementInput;
import hu.kozossegi.portal.geography.internal.SettlementRow;
import jakarta.validation.constraints.Size;

/** What the settlement form posts: text as typed (parsed by the shared validator), plus the version read. */
record SettlementForm(@Size(max = 500) String name, @Size(max = 100) String county, @Size(max = 40) String type,
        @Size(max = 500) String parent, @Size(max = 40) String population, @Size(max = 40) String kshCode,
        @Size(max = 500) String microRegion, Boolean disadvantaged, @Size(max = 40) String latitude,
        @Size(max = 40) String longitude, Long version) {

    static SettlementForm empty(String county) {
        return new SettlementForm("", county, "", "", "", "", "", false, "", "", null);
    }

    static SettlementForm of(SettlementRow row) {
        return new SettlementForm(row.name(), row.countyCode(), row.type().name(),
                row.parentName() == null ? "" : row.parentName(),
                row.population() == null ? "" : row.population().toString(), nz(row.kshCode()), nz(row.microRegion()),
                row.disadvantaged(), row.latitude() == null ? "" : row.latitude().stripTrailingZeros().toPlainString(),
                row.longitude() == null ? "" : row.longitude().stripTrailingZeros().toPlainString(), row.version());
    }

    SettlementForm withVersion(long newVersion) {
        return new SettlementForm(name, county, type, parent, population, kshCode, microRegion, disadvantaged,
                latitude, longitude, newVersion);
    }

    SettlementInput input() {
        return new SettlementInput(name, county, type, parent, population, kshCode, microRegion,
                Boolean.TRUE.equals(disadvantaged) ? "true" : "false", latitude, longitude);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
