package hu.kozossegi.portal.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Checks of list filter parameters shared by every list: a malformed or unknown value is a 400 page with a
 * message, never a silent default or a 500.
 */
public final class FilterParams {

    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;

    private FilterParams() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A report year, or 400. */
    public static Integer year(Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw badRequest();
        }
        return year;
    }

    /** A zero-based page number, or 400 for a negative one. */
    public static int page(int page) {
        if (page < 0) {
            throw badRequest();
        }
        return Math.min(page, 100_000);
    }

    /** A page number and a chosen page size (1 to 100), or 400. */
    public static void pageAndSize(int page, int size) {
        if (page < 0 || page > 100_000 || size < 1 || size > 100) {
            throw badRequest();
        }
    }

    /** "true", "false" or blank (null), or 400. */
    public static Boolean yesNo(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw badRequest();
        };
    }

    /** One of the given words (or null when blank), or 400. */
    public static String oneOf(String value, String... allowed) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw badRequest();
    }

    public static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
