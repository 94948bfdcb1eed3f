package hu.kozossegi.portal.geography;

/** A county (or Budapest) with its two-digit KSH code and statistical region. */
public record County(String code, String name, String seat, int regionId, String regionName) {
}
