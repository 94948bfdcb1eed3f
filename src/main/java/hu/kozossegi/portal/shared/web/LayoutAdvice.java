package hu.kozossegi.portal.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes the layout needs on every page. */
@ControllerAdvice
class LayoutAdvice {

    /** Links to this same page (filters kept) in each language the portal speaks. */
    @ModelAttribute("langUrls")
    Map<String, String> langUrls(HttpServletRequest request) {
        return Map.of("hu", withLang(request, "hu"), "en", withLang(request, "en"));
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String withLang(HttpServletRequest request, String lang) {
        return CurrentUrl.with(request, "lang", lang);
    }
}
