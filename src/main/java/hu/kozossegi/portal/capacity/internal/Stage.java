package hu.kozossegi.portal.capacity.internal;

/** When an assessment was made: on entering the programme or on leaving it. */
public enum Stage {
    ENTRY, EXIT;

    /** The stage of a URL segment ({@code entry}, {@code exit}), or null. */
    public static Stage ofPath(String segment) {
        for (Stage s : values()) {
            if (s.name().equalsIgnoreCase(segment)) {
                return s;
            }
        }
        return null;
    }

    public String path() {
        return name().toLowerCase();
    }
}
