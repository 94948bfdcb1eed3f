package hu.kozossegi.portal.practices.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No practice with that id (or none the visitor may see): answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeNotFoundException extends RuntimeException {

    public PracticeNotFoundException() {
        super("practice not found");
    }
}
