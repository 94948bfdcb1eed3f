package hu.kozossegi.portal.accounts.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The client address behind a reverse proxy. {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are read
 * (Tomcat's RemoteIpValve, what {@code server.forward-headers-strategy=native} installs) only when the direct
 * peer is one of {@code portal.security.trusted-proxies} (IP addresses; empty by default: the headers are
 * ignored). Spring Boot's own valve would trust every private address, so it is replaced. The lockout, the
 * throttle and the audit log then see the real client, and a request forwarded as https counts as secure.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final List<String> proxies;

    TrustedProxies(@Value("${portal.security.trusted-proxies:}") List<String> proxies) {
        this.proxies = proxies.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<Valve> valves = new ArrayList<>(factory.getEngineValves());
        valves.removeIf(RemoteIpValve.class::isInstance);
        if (!proxies.isEmpty()) {
            RemoteIpValve valve = new RemoteIpValve();
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setInternalProxies(pattern(proxies));
            valve.setTrustedProxies(null);
            valves.add(valve);
        }
        factory.setEngineValves(valves);
    }

    /** An exact-match pattern of the addresses, in the forms they were written and as Tomcat prints them. */
    static String pattern(List<String> addresses) {
        Set<String> forms = new LinkedHashSet<>();
        for (String address : addresses) {
            forms.add(address);
            forms.add(literal(address).getHostAddress());
        }
        return forms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static InetAddress literal(String address) {
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalStateException("portal.security.trusted-proxies takes IP addresses, not '" + address + "'");
        }
        try {
            return InetAddress.getByName(address);
        }
        catch (UnknownHostException ex) {
            throw new IllegalStateException("portal.security.trusted-proxies: not an IP address: " + address, ex);
        }
    }

    @Override
    public int getOrder() {
        // After Spring Boot's Tomcat customizer, which adds its own valve when forward headers are switched on.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
