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
        reject(binding, ex.violations());
    }

    /** Adds every violation (a rule checked before saving) as a field error, or a global one when its field is null. */
    public static void reject(BindingResult binding, java.util.List<FieldViolation> violations) {
        for (FieldViolation v : violations) {
            Object[] args = localised(v.args());
            if (v.field() == null) {
                binding.reject(v.messageKey(), args, v.messageKey());
            } else {
                binding.rejectValue(v.field(), v.messageKey(), args, v.messageKey());
            }
        }
    }

    /** Dates among a message's arguments are written as the user's locale writes them, never in ISO form. */
    private static Object[] localised(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof java.time.LocalDate) {
                out[i] = LocalFormats.date(out[i], org.springframework.context.i18n.LocaleContextHolder.getLocale());
            }
        }
        return out;
    }

}
