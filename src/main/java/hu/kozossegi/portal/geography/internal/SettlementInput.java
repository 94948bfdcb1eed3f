package hu.kozossegi.portal.geography.internal;

/**
 * A settlement as typed: every field as text, so the form and the CSV import are parsed and validated by the same
 * code ({@link SettlementValidator}). {@code county} is a KSH county code or a county name; {@code parent} the
 * name of the parent town in the same county (a Budapest district's parent is always Budapest).
 */
public record SettlementInput(String name, String county, String type, String parent, String population,
        String kshCode, String microRegion, String disadvantaged, String latitude, String longitude) {
}
