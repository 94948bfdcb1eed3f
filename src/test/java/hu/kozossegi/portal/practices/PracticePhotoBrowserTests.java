package hu.kozossegi.portal.practices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A proposer attaches a photo (which needs a text description) and a PDF; the practice page shows the photo as a
 * thumbnail that links to the larger image, and the PDF as a download. A practice of a housing estate names the
 * town too ("Uránváros, Pécs"). The review form suggests the next free accreditation number.
 */
class PracticePhotoBrowserTests extends BrowserTest {

    private static final String PASSWORD = "fenykep-jelszo-1";

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhotoIsShownAsAThumbnailWithItsDescriptionAndAPdfStaysADownload() throws IOException {
        String suffix = Long.toString(System.nanoTime(), 36);
        String coordinator = "foto-koord-" + suffix;
        TestUsers.persist(accounts, encoder, coordinator, Role.COUNTY_COORDINATOR, "02", PASSWORD, false);
        TestData data = new TestData(jdbc);
        long town = data.settlement("02").set("name", "Pécsvár " + suffix).set("type", "COUNTY_CITY").insert();
        long estate = data.settlement("02").set("name", "Uránkert " + suffix).set("type", "HOUSING_ESTATE")
                .set("parent_id", town).insert();
        Practice practice = fixtures.practice("02", estate, "Lakótelepi kert " + suffix, PracticeStatus.DRAFT);

        signIn(coordinator, PASSWORD);
        visit("/good-practices/" + practice.id() + "/files");
        page.locator("#file").setInputFiles(new FilePayload("kert.png", "image/png", png()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Feltöltés")).click();
        assertThat(page.locator(".error-summary")).containsText("Írja le röviden, mi látható a képen");
        page.locator(".error-summary a").click();
        assertThat(page.locator("#altText")).isFocused();
        checkAccessibility();

        page.locator("#file").setInputFiles(new FilePayload("kert.png", "image/png", png()));
        page.locator("#altText").fill("Lakók ültetnek virágot a lakótelep közös kertjében");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Feltöltés")).click();
        assertThat(page.locator("main")).containsText("Leírás: Lakók ültetnek virágot");
        page.locator("#file").setInputFiles(new FilePayload("beszamolo.pdf", "application/pdf", PracticeUploadTests.PDF));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Feltöltés")).click();
        assertThat(page.locator(".file-list li")).hasCount(2);

        visit("/good-practices/" + practice.id());
        assertThat(page.locator("main")).containsText("Uránkert " + suffix + ", Pécsvár " + suffix);
        Locator thumb = page.locator("img.photo-thumb");
        assertThat(thumb).hasCount(1);
        assertThat(thumb).hasAttribute("alt", "Lakók ültetnek virágot a lakótelep közös kertjében");
        assertThat(((Number) thumb.evaluate("img => img.naturalWidth")).intValue()).as("the image loaded").isEqualTo(40);
        String larger = page.locator(".photo-list a").getAttribute("href");
        assertThat(larger).isEqualTo(thumb.getAttribute("src"));
        assertThat(page.locator(".file-list a")).hasText("beszamolo.pdf");
        screenshot("practice-photo");

        var response = page.context().request().get(url(larger));
        assertThat(response.headers().get("content-type")).isEqualTo("image/png");
        assertThat(response.headers().get("content-disposition")).startsWith("inline");
    }

    @Test
    void theReviewFormSuggestsTheNextFreeAccreditationNumber() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String national = "foto-orszagos-" + suffix;
        TestUsers.persist(accounts, encoder, national, Role.NATIONAL_OFFICE, null, PASSWORD, false);
        int year = java.time.LocalDate.now().getYear();
        int highest = jdbc.sql("""
                SELECT coalesce(max(substring(accreditation_number FROM '^RP-[0-9]{4}/([0-9]+)$')::int), 0)
                FROM practice WHERE accreditation_number LIKE ?""").param("RP-" + year + "/%").query(Integer.class)
                .single();
        Practice accredited = fixtures.practice("03", "Már akkreditált " + suffix, PracticeStatus.ACCREDITED);
        jdbc.sql("UPDATE practice SET accreditation_number = ? WHERE id = ?")
                .params(String.format("RP-%d/%03d", year, highest + 5), accredited.id()).update();
        Practice submitted = fixtures.practice("03", "Bírálandó " + suffix, PracticeStatus.SUBMITTED);

        signIn(national, PASSWORD);
        visit("/good-practices/" + submitted.id());
        assertThat(page.locator("#accreditationNumber")).hasValue(String.format("RP-%d/%03d", year, highest + 6));
    }

    /** A real 40 x 30 PNG, so the browser can decode and show it. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
