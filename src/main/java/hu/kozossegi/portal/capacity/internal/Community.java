package hu.kozossegi.portal.capacity.internal;

/**
 * A community that may take up a good practice: an initiative (its county is its primary settlement's) or an
 * organisation (its own county; the settlement is its seat).
 */
public record Community(Kind kind, long id, String name, String countyCode, String countyName,
        String settlementName) {

    public enum Kind {
        INITIATIVE, ORGANISATION;

        public String path() {
            return this == INITIATIVE ? "/initiatives/" : "/organisations/";
        }
    }

    /** Which community, without its details. */
    public record Ref(Kind kind, long id) {
    }

    public String href() {
        return kind.path() + id;
    }
}
