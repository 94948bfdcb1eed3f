package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

import hu.kozossegi.portal.reporting.internal.Markdown;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The PDF renderer reads only the portal's bundled files: addresses in the narrative (an image, a stylesheet
 * link in a link's target) never make the server open a connection. The Markdown allows links only to http,
 * https and mailto, and shows images as their alternative text.
 */
@PortalIntegrationTest
class ReportNoNetworkTests {

    static final int YEAR = 2044;

    @Autowired MockMvcTester mvc;
    @Autowired Markdown markdown;

    @Test
    void anImageInTheNarrativeOpensNoConnectionWhenThePdfPrints() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        connections.incrementAndGet();
                    }
                    catch (SocketException closed) {
                        return;
                    }
                    catch (IOException ex) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String address = "http://127.0.0.1:" + server.getLocalPort();
            assertThat(mvc.post().uri("/admin/years/" + YEAR + "/narrative").with(TestUsers.national()).with(csrf())
                    .param("introduction", "Kép: ![x](" + address + "/a.png) és <img src=\"" + address + "/b.png\">")
                    .param("supportNetwork", "[link](" + address + "/c) ![y](" + address + "/d.svg)")
                    .param("nationalCoordination", "").param("nextYearPlans", "").param("version", "-1"))
                    .hasStatus3xxRedirection();

            long started = System.nanoTime();
            var pdf = mvc.get().uri("/reports/" + YEAR + ".pdf").with(TestUsers.national()).exchange();
            assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
            assertThat(pdf.getResponse().getContentAsByteArray().length).isGreaterThan(1000);
            var page = mvc.get().uri("/reports/" + YEAR).with(TestUsers.national()).exchange();
            assertThat(page).hasStatusOk().bodyText().doesNotContain("<img src=\"" + address);
            Thread.sleep(200);
            assertThat(connections.get()).as("connections the server opened to the narrative's addresses").isZero();
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(30_000);
        }
    }

    @Test
    void markdownAllowsOnlyHttpHttpsAndMailtoLinksAndNoImages() {
        String html = markdown.toHtml("[a](data:text/html;base64,PHNjcmlwdD4=) [b](javascript:alert(1)) "
                + "[c](https://example.hu/x) [d](mailto:iroda@example.hu) [e](http://example.hu) "
                + "![kép alt](https://example.hu/p.png) [f](vbscript:x) [g](DATA:text/html,x)");
        assertThat(html).doesNotContainIgnoringCase("data:").doesNotContain("javascript:").doesNotContain("vbscript:")
                .doesNotContain("<img").contains("kép alt")
                .contains("href=\"https://example.hu/x\"", "href=\"mailto:iroda@example.hu\"",
                        "href=\"http://example.hu\"");
    }
}
