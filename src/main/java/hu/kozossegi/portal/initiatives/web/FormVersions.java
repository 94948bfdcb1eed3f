package hu.kozossegi.portal.initiatives.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The version an edit or delete form was opened on: the form always carries it, so a missing one is a bad request. */
final class FormVersions {

    private FormVersions() {
    }

    static long parse(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "version missing");
        }
    }
}
