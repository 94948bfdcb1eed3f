package hu.kozossegi.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the current page (relative to the server) with one query parameter changed. */
public final class CurrentUrl {

    private CurrentUrl() {
    }

    public static UriComponentsBuilder builder(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }

    public static String with(HttpServletRequest request, String name, Object value) {
        return builder(request).replaceQueryParam(name, value).build().toUriString();
    }
}
