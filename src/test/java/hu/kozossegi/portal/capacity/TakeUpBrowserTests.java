package hu.kozossegi.portal.capacity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
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
 * Issue 17's practice take-up as a person does it: a Borsod coordinator opens an accredited Nógrád practice, finds
 * a community of their county (typed without accents), records that it explores the practice, moves it on to
 * "implementing", and the practice page then shows Borsod in the table of where the practice spread.
 */
class TakeUpBrowserTests extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorRecordsATakeUpMovesItOnAndThePracticeShowsWhereItSpread() {
        CapacityData data = new CapacityData(jdbc);
        long practice = data.practice("12", "Falusi tudástár", "ACCREDITED");
        String suffix = Long.toString(System.nanoTime(), 36);
        String community = "Sajóvölgyi Kertkör " + suffix;
        long village = new TestData(jdbc).settlement("05").insert();
        new TestData(jdbc).initiative(village).set("title", community).set("start_date", LocalDate.of(2022, 1, 10))
                .insert();
        String coordinator = "borsod-koord-" + suffix;
        TestUsers.persist(accounts, encoder, coordinator, Role.COUNTY_COORDINATOR, "05", "demo-jelszo-123", false);

        signIn(coordinator, "demo-jelszo-123");
        visit("/good-practices/" + practice);
        Locator spread = page.locator("section.practice-spread");
        assertThat(spread).containsText("Még egyetlen közösség sem rögzítette");
        spread.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Átvétel rögzítése")).click();

        checkAccessibility();
        page.getByLabel("A közösség nevének egy része").fill("sajovolgyi kertkor " + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keresés")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(community + " (")).click();

        assertThat(page.locator("h1")).hasText("Gyakorlat átvételének rögzítése");
        checkAccessibility();
        page.getByLabel("Ismerkedik vele", EXACT).check();
        page.getByLabel("A szakasz kezdőnapja").fill("2024-03-01");
        page.getByLabel("Megjegyzés").fill("Megnéztük a tudástárat, a könyvtárral együtt indítanánk.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator("main")).containsText("Az átvételt elmentettük.");
        assertThat(page.locator("main")).containsText("Ismerkedik vele");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Átvétel módosítása")).click();
        checkAccessibility();
        page.getByLabel("Bevezeti", EXACT).check();
        page.getByLabel("A szakasz kezdőnapja").fill("2024-09-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator("main")).containsText("Az átvételt elmentettük.");
        assertThat(page.locator("main")).containsText("Bevezeti");
        screenshot("takeup-recorded");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vissza a jó gyakorlathoz")).click();
        checkAccessibility();
        Locator row = page.locator("section.practice-spread tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Borsod-Abaúj-Zemplén");
        assertThat(row).containsText("Bevezeti");
        assertThat(row).containsText("2024. 09. 01.");
        assertThat(row.getByRole(AriaRole.LINK)).hasText(community);
        screenshot("takeup-practice-spread");
    }
}
