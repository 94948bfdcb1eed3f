package hu.kozossegi.portal.practices.web;

import hu.kozossegi.portal.practices.internal.PracticeRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A refused change of a practice (illegal transition, stale version) is a 409 page that says why. */
@ControllerAdvice(basePackageClasses = PracticeErrors.class)
class PracticeErrors {

    @ExceptionHandler(PracticeRuleException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(PracticeRuleException ex, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("messageKey", ex.messageKey());
        model.addAttribute("messageArg", null);
        return "error/rule";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("messageKey", "practice.error.conflict");
        model.addAttribute("messageArg", null);
        return "error/rule";
    }
}
