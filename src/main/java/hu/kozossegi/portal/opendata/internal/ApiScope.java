package hu.kozossegi.portal.opendata.internal;

/** What an API token may read: the whole network, one county's records or one programme's. */
public record ApiScope(Kind kind, String countyCode, Long programmeId) {

    public enum Kind { NETWORK, COUNTY, PROGRAMME }

    public static final ApiScope NETWORK = new ApiScope(Kind.NETWORK, null, null);

    public static ApiScope county(String code) {
        return new ApiScope(Kind.COUNTY, code, null);
    }

    public static ApiScope programme(long id) {
        return new ApiScope(Kind.PROGRAMME, null, id);
    }

    public boolean county() {
        return kind == Kind.COUNTY;
    }

    public boolean programme() {
        return kind == Kind.PROGRAMME;
    }
}
