package hu.kozossegi.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Marks a page that re-renders a form with errors ({@code hasFormErrors}), so the layout can start its
 * title with "Hiba: " / "Error: " (GOV.UK pattern) and answer with 400 rather than 200; hands the error summary
 * the order of the form's fields ({@link ErrorOrder}).
 */
class FormErrorsInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (modelAndView == null || modelAndView.getViewName() == null
                || modelAndView.getViewName().startsWith("redirect:")) {
            return;
        }
        BindingResult withErrors = modelAndView.getModel().values().stream()
                .filter(value -> value instanceof BindingResult result && result.hasErrors())
                .map(BindingResult.class::cast).findFirst().orElse(null);
        if (withErrors != null) {
            modelAndView.addObject("hasFormErrors", true);
            if (withErrors.getTarget() != null) {
                modelAndView.addObject("formFieldOrder", ErrorOrder.fieldsOf(withErrors.getTarget().getClass()));
            }
            if (response.getStatus() == HttpServletResponse.SC_OK) {
                modelAndView.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
            }
        }
    }
}
