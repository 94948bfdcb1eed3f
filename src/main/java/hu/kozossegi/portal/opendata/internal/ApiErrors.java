package hu.kozossegi.portal.opendata.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** The API's error body, written by the security filters (the controllers answer with the same shape). */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message.replace("\"", "'") + "\"}");
    }
}
