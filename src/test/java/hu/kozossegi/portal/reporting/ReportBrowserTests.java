package hu.kozossegi.portal.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The national office sets a county's targets, opens the national report, follows a county's figure to the list
 * behind it and downloads the PDF. Year {@link #YEAR} belongs to this test alone; its initiative ends within the
 * year, so it counts in no other year's report.
 */
class ReportBrowserTests extends BrowserTest {

    private static final int YEAR = 2034;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nationalOfficeSetsTargetsOpensTheReportFollowsAFigureAndDownloadsThePdf() throws IOException {
        String title = "Riport-böngésző kezdeményezés " + System.nanoTime();
        long settlement = new TestData(jdbc).settlement("02").set("name", "Riport-böngésző falu " + System.nanoTime())
                .set("disadvantaged", false).insert();
        new TestData(jdbc).initiative(settlement).set("title", title).set("status", "CLOSED")
                .set("start_date", LocalDate.of(YEAR, 3, 1)).set("end_date", LocalDate.of(YEAR, 11, 30))
                .set("resident_participants", 12).insert();
        String username = "report-browser-" + System.nanoTime();
        TestUsers.persist(accounts, encoder, username, Role.NATIONAL_OFFICE, null, "jelentes-jelszo-1", false);
        signIn(username, "jelentes-jelszo-1");

        visit("/admin/targets/" + YEAR);
        page.getByLabel("Baranya, Új kezdeményezések, min.").fill("1");
        page.getByLabel("Baranya, Új kezdeményezések, max.").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Célkitűzések mentése")).click();
        assertThat(page.locator("main")).containsText("A célkitűzéseket elmentettük.");
        checkAccessibility();
        screenshot("report-targets");

        visit("/reports/" + YEAR);
        assertThat(page.locator("h1")).containsText(String.valueOf(YEAR));
        var baranya = page.locator("tr.county-row").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Baranya").setExact(true))))
                .first();
        assertThat(baranya).containsText("1–3");
        screenshot("report-national");

        String listLink = "/initiatives?county=02&year=" + YEAR + "&scope=active";
        baranya.locator("a[href='" + listLink + "']").first().click();
        page.waitForURL(url(listLink));
        checkAccessibility();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        screenshot("report-followed-to-initiatives");

        page.goBack();
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF")).first().click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        Path pdfFile = download.path();
        byte[] bytes = Files.readAllBytes(pdfFile);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Győr-Moson-Sopron", "Borsod-Abaúj-Zemplén", "Csongrád-Csanád");
            assertThat(text).contains(String.valueOf(YEAR));
        }
    }
}
