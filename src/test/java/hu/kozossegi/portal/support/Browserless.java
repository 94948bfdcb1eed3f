package hu.kozossegi.portal.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client with cookies for server tests: signs in through the real form like a browser. */
public final class Browserless {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public Browserless(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String token = csrfToken(get("/login").body());
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token of the page at {@code formPage}; {@code fields} are name, value pairs. */
    public HttpResponse<String> post(String path, String formPage, String... fields)
            throws IOException, InterruptedException {
        return postWithToken(path, csrfToken(get(formPage).body()), fields);
    }

    /** Posts a form with a CSRF token read earlier (e.g. before the session lost its rights). */
    public HttpResponse<String> postWithToken(String path, String token, String... fields)
            throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder("_csrf=").append(enc(token));
        for (int i = 0; i < fields.length; i += 2) {
            form.append('&').append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
