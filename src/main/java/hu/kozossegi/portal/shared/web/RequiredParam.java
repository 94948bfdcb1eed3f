package hu.kozossegi.portal.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A number that a page always sends (a version, an id chosen with a button), read as text and converted only
 * AFTER the rights check: a refused user gets 403 whatever the request contains; an allowed one sending no or a
 * malformed number gets 400 (docs/architecture.md, "Rights").
 */
public final class RequiredParam {

    private RequiredParam() {
    }

    public static long number(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a required number is missing or malformed");
        }
    }
}
