package hu.kozossegi.portal.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import hu.kozossegi.portal.practices.internal.Attachments;
import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Photos and PDFs: checked by content, size-limited, at most five, served so that nothing runs. */
@PortalIntegrationTest
class PracticeUploadTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    Attachments attachments;

    @Test
    void imagesAreServedAsImagesAndPdfsAsDownloadsNeverSniffed() {
        Practice p = fixtures.practice("08", "Feltöltős " + System.nanoTime(), PracticeStatus.DRAFT);
        assertThat(upload(p, "kert.png", PNG, TestUsers.coordinator("08"))).hasStatus(HttpStatus.FOUND);
        assertThat(upload(p, "leírás.pdf", PDF, TestUsers.developer("08"))).hasStatus(HttpStatus.FOUND);
        var files = attachments.list(p.id());
        assertThat(files).extracting(Attachments.AttachmentInfo::mediaType).containsExactly("image/png", "application/pdf");

        MvcTestResult image = mvc.get().uri("/good-practices/{id}/files/{f}", p.id(), files.get(0).id())
                .with(TestUsers.coordinator("13")).exchange();
        assertThat(image).hasStatusOk().hasContentType("image/png");
        assertThat(image).headers().hasValue("X-Content-Type-Options", "nosniff");
        assertThat(image.getResponse().getHeader("Content-Disposition")).startsWith("inline");
        assertThat(image.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'none'")
                .contains("sandbox");
        assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(PNG);

        MvcTestResult pdf = mvc.get().uri("/good-practices/{id}/files/{f}", p.id(), files.get(1).id())
                .with(TestUsers.coordinator("13")).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment");

        // Not yet accredited: anonymous visitors cannot fetch its files.
        assertThat(mvc.get().uri("/good-practices/{id}/files/{f}", p.id(), files.get(0).id()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void wrongTypesFakePdfsAndOversizedFilesAreRefused() {
        Practice p = fixtures.practice("08", "Szigorú " + System.nanoTime(), PracticeStatus.DRAFT);
        RequestPostProcessor staff = TestUsers.coordinator("08");
        assertThat(upload(p, "jegyzet.txt", "csak szöveg".getBytes(StandardCharsets.UTF_8), staff))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Csak JPEG, PNG, GIF vagy WebP kép");
        assertThat(upload(p, "hamis.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                staff)).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Csak JPEG, PNG, GIF vagy WebP kép");
        assertThat(upload(p, "kep.pdf", PNG, staff)).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("nem egyezik a kiterjesztésével");
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        assertThat(upload(p, "nagy.pdf", big, staff)).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("A fájl túl nagy");
        assertThat(upload(p, "ures.png", new byte[0], staff)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(attachments.count(p.id())).isZero();
    }

    @Test
    void atMostFiveFilesAndOnlyTheCountysStaff() {
        Practice p = fixtures.practice("08", "Ötös " + System.nanoTime(), PracticeStatus.DRAFT);
        assertThat(upload(p, "idegen.png", PNG, TestUsers.coordinator("14"))).hasStatus(HttpStatus.FORBIDDEN);
        for (int i = 0; i < 5; i++) {
            assertThat(upload(p, "kep" + i + ".png", PNG, TestUsers.coordinator("08"))).hasStatus(HttpStatus.FOUND);
        }
        assertThat(upload(p, "hatodik.png", PNG, TestUsers.coordinator("08"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(attachments.count(p.id())).isEqualTo(5);
        long first = attachments.list(p.id()).get(0).id();
        assertThat(mvc.post().uri("/good-practices/{id}/files/{f}/delete", p.id(), first)
                .with(TestUsers.coordinator("14")).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/good-practices/{id}/files/{f}/delete", p.id(), first)
                .with(TestUsers.coordinator("08")).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(attachments.count(p.id())).isEqualTo(4);
    }

    @Test
    void submittedPracticesTakeNoNewFiles() {
        Practice p = fixtures.practice("08", "Beküldött " + System.nanoTime(), PracticeStatus.SUBMITTED);
        assertThat(upload(p, "kesei.png", PNG, TestUsers.coordinator("08"))).hasStatus(HttpStatus.CONFLICT);
        assertThat(attachments.count(p.id())).isZero();
    }

    @Test
    void anImageNeedsATextAlternativeAPdfDoesNot() throws Exception {
        Practice p = fixtures.practice("08", "Leírásos " + System.nanoTime(), PracticeStatus.DRAFT);
        MvcTestResult refused = upload(p, "kert.png", PNG, "  ", TestUsers.coordinator("08"));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Írja le röviden, mi látható a képen");
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select(".error-summary a").attr("href")).isEqualTo("#altText");
        assertThat(attachments.count(p.id())).isZero();

        assertThat(upload(p, "kert.png", PNG, " Lakók ültetnek virágot ", TestUsers.coordinator("08")))
                .hasStatus(HttpStatus.FOUND);
        assertThat(upload(p, "leírás.pdf", PDF, "", TestUsers.coordinator("08"))).hasStatus(HttpStatus.FOUND);
        assertThat(attachments.list(p.id())).extracting(Attachments.AttachmentInfo::altText)
                .containsExactly("Lakók ültetnek virágot", null);
    }

    private MvcTestResult upload(Practice p, String name, byte[] bytes, RequestPostProcessor user) {
        return upload(p, name, bytes, "A közösségi kert virágai", user);
    }

    private MvcTestResult upload(Practice p, String name, byte[] bytes, String altText, RequestPostProcessor user) {
        return mvc.post().uri("/good-practices/{id}/files", p.id())
                .multipart().file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("altText", altText).with(user).with(csrf()).exchange();
    }
}
