package hu.kozossegi.portal.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address ({@code portal.public-url}) for the few absolute URLs it writes (calendar feed
 * links and the event links inside a feed). Never taken from the request: its Host header is the client's.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${portal.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute URL of {@code path} (which starts with a slash). */
    public String of(String path) {
        return base + path;
    }
}
