package hu.kozossegi.portal.shared.web;

import java.util.function.Function;
import java.util.function.Supplier;

import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.years.YearClosedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;

/**
 * The tail of a form's save, the one way: a form that already carries errors (Bean Validation, the controller's
 * own checks) is re-rendered without saving; otherwise runs the service's save; a date in a closed report year puts its
 * message at the field and re-renders with 409, another rule of the service puts its field errors on the binding
 * and re-renders (400 through {@link FormErrorsInterceptor}), and a version conflict re-renders the conflict view
 * with 409. Returns the view to render, or null when the save went through (the caller then redirects).
 */
public final class FormSave {

    private FormSave() {
    }

    /** As {@link #orRender(BindingResult, HttpServletResponse, Runnable, Supplier, Supplier)} for a record with no version. */
    public static String orRender(BindingResult errors, HttpServletResponse response, Runnable save,
            Supplier<String> render) {
        return orRender(errors, response, save, render, null);
    }

    /**
     * @param render re-renders the form with the typed input (and the errors now on {@code errors})
     * @param renderConflict re-renders the form after a version conflict: the form carrying the current version
     *        and the comparison with the saved record
     */
    public static String orRender(BindingResult errors, HttpServletResponse response, Runnable save,
            Supplier<String> render, Supplier<String> renderConflict) {
        if (errors.hasErrors()) {
            return render.get();
        }
        try {
            save.run();
            return null;
        } catch (YearClosedException closed) {
            FieldErrors.reject(errors, closed);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render.get();
        } catch (FieldViolationException rule) {
            FieldErrors.reject(errors, rule);
            return render.get();
        } catch (VersionConflictException conflict) {
            if (renderConflict == null) {
                throw conflict;
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return renderConflict.get();
        }
    }

    /**
     * The tail of a delete confirmed on its own page, the one way: runs the service's delete; a closed report year
     * or a version conflict re-renders the confirmation page with 409, {@code render} being told whether it was a
     * version conflict (the page then says that the record changed meanwhile). Returns the view to render, or null
     * when the record is deleted (the caller then redirects).
     */
    public static String deleteOrRender(HttpServletResponse response, Runnable delete,
            Function<Boolean, String> render) {
        try {
            delete.run();
            return null;
        } catch (YearClosedException | VersionConflictException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render.apply(refused instanceof VersionConflictException);
        }
    }
}
