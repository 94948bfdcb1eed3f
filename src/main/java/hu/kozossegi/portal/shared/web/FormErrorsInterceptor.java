package hu.kozossegi.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Marks a page that re-renders a form with errors ({@code hasFormErrors}), so the layout can start its
 * title with "Hiba: " / "Error: " (GOV.UK pattern) and answer with 400 rather than 200.
 */
class FormErrorsInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (modelAndView == null || modelAndView.getViewName() == null
                || modelAndView.getViewName().startsWith("redirect:")) {
            return;
        }
        boolean hasErrors = modelAndView.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
        if (hasErrors) {
            modelAndView.addObject("hasFormErrors", true);
            if (response.getStatus() == HttpServletResponse.SC_OK) {
                modelAndView.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
            }
        }
    }
}
