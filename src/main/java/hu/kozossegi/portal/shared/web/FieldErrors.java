package hu.kozossegi.portal.shared.web;

import hu.kozossegi.portal.shared.rules.FieldViolation;
import hu.kozossegi.portal.shared.rules.FieldViolationException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** The one helper that turns rule violations raised by services into field errors of a bound form. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Adds every violation as a field error (or a global error when its field is null). */
    public static void reject(BindingResult binding, FieldViolationException ex) {
        for (FieldViolation v : ex.violations()) {
            if (v.field() == null) {
                binding.reject(v.messageKey(), v.args(), v.messageKey());
            } else {
                binding.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
            }
        }
    }

    /**
     * A form record whose constructor binding failed (an unparseable number) reaches the controller as null
     * and cannot be re-rendered. This puts {@code target} (built leniently from the request) in its place and
     * keeps every error with its typed (rejected) value, so the form shows what the user typed. Returns the
     * binding result to use from then on (further errors go there, not to the one without a target).
     */
    public static BindingResult keepTyped(Model model, BindingResult errors, Object target) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(target, errors.getObjectName());
        result.addAllErrors(errors);
        model.addAttribute(errors.getObjectName(), target);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), result);
        return result;
    }
}
