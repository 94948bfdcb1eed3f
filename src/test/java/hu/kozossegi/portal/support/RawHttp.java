package hu.kozossegi.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what Java's HttpClient will not do: a chosen Host header, a chosen local
 * address (every 127.x.y.z is this machine) and cookies marked Secure over plain http.
 */
public final class RawHttp {

    private final int port;
    private final String localAddress;
    private final List<String> extraHeaders = new ArrayList<>();
    private String host = "localhost";
    private String cookie;

    public RawHttp(int port, String localAddress) {
        this.port = port;
        this.localAddress = localAddress;
    }

    public RawHttp host(String value) {
        this.host = value;
        return this;
    }

    public RawHttp header(String name, String value) {
        extraHeaders.add(name + ": " + value);
        return this;
    }

    public record Response(int status, List<String> headers, String body) {

        public List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim()).toList();
        }

        public String first(String name) {
            return all(name).stream().findFirst().orElse(null);
        }
    }

    public Response get(String path) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\n" + headers() + "\r\n");
    }

    /** Posts {@code fields} (name, value pairs) as a form body, exactly as given (no CSRF token added). */
    public Response post(String path, String... fields) throws IOException {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        byte[] body = form.toString().getBytes(StandardCharsets.UTF_8);
        return send("POST " + path + " HTTP/1.1\r\n" + headers() + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n" + form);
    }

    private String headers() {
        StringBuilder headers = new StringBuilder("Host: " + host + "\r\nConnection: close\r\nAccept: text/html\r\n");
        if (cookie != null) {
            headers.append("Cookie: ").append(cookie).append("\r\n");
        }
        extraHeaders.forEach(h -> headers.append(h).append("\r\n"));
        return headers.toString();
    }

    private Response send(String request) throws IOException {
        try (Socket socket = new Socket()) {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            Response response = parse(socket.getInputStream().readAllBytes());
            response.all("Set-Cookie").stream().filter(c -> c.startsWith("KKP_SESSION="))
                    .forEach(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
            return response;
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        List<String> headers = List.of(lines).subList(1, lines.length);
        String body = text.substring(end + 4);
        boolean chunked = headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")
                && h.toLowerCase(Locale.ROOT).contains("chunked"));
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, chunked ? unchunk(body) : body);
    }

    private static String unchunk(String body) throws IOException {
        InputStream in = new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n' && c != -1) {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = size.isEmpty() ? 0 : Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (length == 0) {
                return out.toString(StandardCharsets.UTF_8);
            }
            out.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
