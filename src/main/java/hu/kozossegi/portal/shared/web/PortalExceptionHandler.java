package hu.kozossegi.portal.shared.web;

import hu.kozossegi.portal.shared.years.YearClosedException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Turns the portal's own rule violations into plain pages with a 4xx status, never a 500. */
@ControllerAdvice
class PortalExceptionHandler {

    @ExceptionHandler(YearClosedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String yearClosed(YearClosedException ex, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("messageKey", "error.yearClosed");
        model.addAttribute("messageArg", ex.year());
        return "error/rule";
    }
}
