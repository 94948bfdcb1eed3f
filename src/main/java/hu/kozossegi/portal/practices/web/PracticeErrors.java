package hu.kozossegi.portal.practices.web;

import hu.kozossegi.portal.shared.rules.VersionConflictException;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A refused change of a practice (illegal transition, stale version) is a 409 page that says why. */
@ControllerAdvice(basePackageClasses = PracticeErrors.class)
class PracticeErrors {

    @ExceptionHandler(FieldViolationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(FieldViolationException ex, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("messageKey", ex.violations().get(0).messageKey());
        model.addAttribute("messageArg", null);
        return "error/rule";
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, VersionConflictException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("messageKey", "practice.error.conflict");
        model.addAttribute("messageArg", null);
        return "error/rule";
    }
}
