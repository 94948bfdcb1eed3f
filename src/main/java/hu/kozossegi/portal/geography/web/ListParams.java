package hu.kozossegi.portal.geography.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Checks list query parameters: a malformed value is a 400, never a silent default or a 500. */
final class ListParams {

    private ListParams() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Boolean yesNo(String value) {
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

    static void checkPage(int page, int size) {
        if (page < 0 || page > 100_000 || size < 1 || size > 100) {
            throw badRequest();
        }
    }

    static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
