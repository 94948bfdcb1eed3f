package hu.kozossegi.portal.capacity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 17's walk through capacity building: a Nógrád coordinator enrols an informal group in a programme, a
 * Nógrád developer records its entry assessment and a mentoring consultation that served it, and the national
 * office opens the programme report (at 1280 and 390 px) and downloads its PDF. The informal group itself is
 * inserted with SQL: the organisations module's registration pages are built in parallel (issue 17, part A).
 */
class CapacityBrowserTests extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enrolAssessMentorAndPrintTheProgrammeReport() throws Exception {
        CapacityData data = new CapacityData(jdbc);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Budapest"));
        long programme = data.programme(today.getYear() - 1, today.getYear() + 1);
        String group = CapacityData.unique("Ipoly-völgyi Asszonyok Köre");
        long settlement = data.settlement("12");
        new TestData(jdbc).organisation("12", settlement).set("name", group).set("kind", "INFORMAL_GROUP")
                .set("founded_on", LocalDate.of(2019, 3, 1)).set("focus", "Roma asszonyok önsegítő csoportja").insert();
        String suffix = Long.toString(System.nanoTime());
        TestUsers.persist(accounts, encoder, "nograd-koord-" + suffix, Role.COUNTY_COORDINATOR, "12", "demo-jelszo-123", false);
        TestUsers.persist(accounts, encoder, "nograd-fejl-" + suffix, Role.COUNTY_DEVELOPER, "12", "demo-jelszo-123", false);
        TestUsers.persist(accounts, encoder, "orszagos-" + suffix, Role.NATIONAL_OFFICE, null, "demo-jelszo-123", false);

        signIn("nograd-koord-" + suffix, "demo-jelszo-123");
        visit("/programmes/" + programme + "/enrolments");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Szervezet felvétele a programba")).click();
        checkAccessibility();
        page.getByLabel("Szervezet vagy informális csoport", EXACT).selectOption(new com.microsoft.playwright.options
                .SelectOption().setLabel(group + " (" + jdbc.sql("SELECT name FROM settlement WHERE id = ?")
                .param(settlement).query(String.class).single() + ")"));
        page.getByLabel("A programba lépés napja", EXACT).fill(today.withDayOfMonth(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator(".notice-success")).containsText("A részvételt mentettük.");
        assertThat(page.locator("h1")).containsText(group);
        String enrolmentPage = page.url();
        checkAccessibility();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kijelentkezés")).click();

        signIn("nograd-fejl-" + suffix, "demo-jelszo-123");
        page.navigate(enrolmentPage);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Belépési felmérés rögzítése")).click();
        checkAccessibility();
        page.getByLabel("A felmérés napja", EXACT).fill(today.withDayOfMonth(1).plusDays(3).toString());
        String[] fields = {"governance", "planning", "fundraising", "communication", "partnerships", "community"};
        for (int i = 0; i < fields.length; i++) {
            page.locator("input[name=" + fields[i] + "Score][value='" + (1 + i % 3) + "']").check();
        }
        page.locator("#governanceNote").fill("Nincs még írásos működési rend");
        screenshot("capacity-entry-assessment");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator(".notice-success")).containsText("A felmérést mentettük.");
        assertThat(page.locator("main")).containsText("Nincs még írásos működési rend");

        LocalDate day = today.minusDays(1);
        String title = CapacityData.unique("Mentorálás: működési rend");
        visit("/events/new");
        page.getByLabel("Típus", EXACT).selectOption("CONSULTATION");
        page.getByLabel("Cím", EXACT).fill(title);
        page.getByLabel("Kezdés", EXACT).fill(day + "T14:00");
        page.getByLabel("Befejezés", EXACT).fill(day + "T15:30");
        page.getByLabel("Szolgált szervezet (egyéni konzultációnál)", EXACT).selectOption(
                new com.microsoft.playwright.options.SelectOption().setIndex(indexOf(group)));
        page.getByLabel("Állapot", EXACT).selectOption("HELD");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        if (page.locator("#saveAnyway").count() > 0) {
            page.locator("#saveAnyway").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        }
        assertThat(page.locator("h1")).hasText(title);
        page.navigate(enrolmentPage);
        assertThat(page.locator("#events + p + p, main")).containsText(title);
        screenshot("capacity-enrolment");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kijelentkezés")).click();

        signIn("orszagos-" + suffix, "demo-jelszo-123");
        visit("/programmes/" + programme + "/report");
        assertThat(page.locator("tr[data-indicator=MENTORING_SESSIONS] [data-cell=actual]")).hasText("1");
        assertThat(page.locator("tr[data-indicator=ORGANISATIONS_ENROLLED][data-county='12'] [data-cell=actual]"))
                .hasText("1");
        page.setViewportSize(1280, 900);
        screenshot("capacity-programme-report-1280");
        page.setViewportSize(390, 844);
        checkAccessibility();
        screenshot("capacity-programme-report-390");
        page.setViewportSize(1280, 900);
        // The first PDF of a JVM builds PDFBox's font cache: on a loaded machine that takes longer than a page.
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(120_000),
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF").setExact(true))
                        .click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(120_000)));
        Path pdf = Path.of("target", "screenshots", "capacity-programme-report.pdf");
        Files.createDirectories(pdf.getParent());
        download.saveAs(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Programbeszámoló",
                    "Mentoráló konzultációk");
        }
    }

    /** The position of the organisation in the event form's choice (0 is "none"). */
    private int indexOf(String name) {
        var options = page.locator("#organisationId option").allTextContents();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).startsWith(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not offered: " + options);
    }
}
