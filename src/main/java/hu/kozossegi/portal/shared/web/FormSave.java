package hu.kozossegi.portal.shared.web;

import java.util.function.Supplier;

import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.years.YearClosedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;

/**
 * A form's save with the shared rule exceptions turned into the form shown again, the typed input kept
 * (docs/architecture.md, "Forms", "Conflicts", "Closed report years"): a date in a closed report year puts its
 * message at the date field with 409; a broken domain rule puts its field errors on the binding (400 through
 * {@link FormErrorsInterceptor}); a save against a newer version (only where the caller passes a conflict page)
 * answers 409 with what the caller's conflict page shows.
 *
 * <pre>{@code
 * return FormSave.save(errors, response, () -> {
 *     events.update(id, form.getVersion(), details);
 *     return "redirect:/events/" + id;
 * }, () -> form(form, event, model), () -> conflictPage(id, form, event, model));
 * }</pre>
 */
public final class FormSave {

    private FormSave() {
    }

    /** Runs {@code save} (its result is the view to answer with) for a record without a version. */
    public static String save(BindingResult errors, HttpServletResponse response, Supplier<String> save,
            Supplier<String> showAgain) {
        return save(errors, response, save, showAgain, null);
    }

    /**
     * Runs {@code save}; a {@link VersionConflictException} answers 409 with {@code conflict} (which puts the
     * comparison on the model and moves the form to the current version).
     */
    public static String save(BindingResult errors, HttpServletResponse response, Supplier<String> save,
            Supplier<String> showAgain, Supplier<String> conflict) {
        try {
            return save.get();
        } catch (YearClosedException closed) {
            FieldErrors.reject(errors, closed);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return showAgain.get();
        } catch (FieldViolationException broken) {
            FieldErrors.reject(errors, broken);
            return showAgain.get();
        } catch (VersionConflictException stale) {
            if (conflict == null) {
                throw stale;
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return conflict.get();
        }
    }
}
