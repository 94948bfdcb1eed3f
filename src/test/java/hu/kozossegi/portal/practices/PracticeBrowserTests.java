package hu.kozossegi.portal.practices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A coordinator proposes a good practice, the national office returns it with a comment, the coordinator
 * resubmits, the national office accredits it, and an anonymous visitor finds it typing without accents.
 */
class PracticeBrowserTests extends BrowserTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PracticeFixtures fixtures;

    @Test
    void proposeReturnResubmitAccreditAndFindIt() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String coordinator = "gyak-koord-" + suffix;
        String national = "gyak-orszagos-" + suffix;
        TestUsers.persist(accounts, encoder, coordinator, Role.COUNTY_COORDINATOR, "02", "demo-jelszo-1", false);
        TestUsers.persist(accounts, encoder, national, Role.NATIONAL_OFFICE, null, "demo-jelszo-1", false);
        long initiative = fixtures.initiative("02");
        String title = "Közösségi kemence Ősszel " + suffix;

        signIn(coordinator, "demo-jelszo-1");
        visit("/good-practices/new?initiative=" + initiative);
        page.locator("#title").fill(title);
        page.locator("#summary").fill("A falu együtt süt kenyeret a felújított kemencében.");
        page.locator("#problem").fill("Nem volt közös program.");
        page.locator("#method").fill("1. Felújítjuk a kemencét. 2. Havonta sütünk.");
        page.locator("#requirements").fill("Öt önkéntes, liszt, tűzifa.");
        page.locator("#results").fill("Havi sütőnap, negyven résztvevő.");
        page.locator("#transferability").fill("Ahol van kemence.");
        page.locator("#contactName").fill("Pék Piroska");
        page.locator("#contactEmail").fill("pek.piroska@example.hu");
        page.getByLabel("fiatalok", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("A kapcsolattartó hozzájárult").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main")).containsText("piszkozat");
        checkAccessibility();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beküldés bírálatra")).click();
        assertThat(page.locator("main")).containsText("bírálatra beküldve");
        String practiceUrl = page.url();

        switchUser(national);
        // The queue lists the oldest change first: other tests' submitted practices may fill its first pages, so the
        // reviewer goes to its last page (a page past the last shows the last), where the newest submission is.
        visit("/good-practices/review?page=999");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        checkAccessibility();
        page.getByLabel("Visszaküldés átdolgozásra").check();
        page.locator("#comment").fill("Kérjük, írják le a tűzvédelmi szabályokat is.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Döntés rögzítése")).click();
        assertThat(page.locator("main")).containsText("átdolgozásra visszaküldve");
        screenshot("practice-returned");

        switchUser(coordinator);
        page.navigate(practiceUrl);
        assertThat(page.locator("main")).containsText("Kérjük, írják le a tűzvédelmi szabályokat is.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Szerkesztés")).click();
        checkAccessibility();
        page.locator("#pitfalls").fill("Tűzvédelem: oltókészülék a kemence mellett.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        page.locator("#submitComment").fill("Kiegészítettük a tűzvédelemmel.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beküldés bírálatra")).click();
        assertThat(page.locator("main")).containsText("bírálatra beküldve");

        switchUser(national);
        page.navigate(practiceUrl);
        page.getByLabel("Akkreditálás referencia-programként").check();
        page.locator("#accreditationNumber").fill("RP-B-" + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Döntés rögzítése")).click();
        assertThat(page.locator("main")).containsText("akkreditált referencia-program");
        screenshot("practice-accredited");

        page.context().clearCookies();
        visit("/good-practices");
        page.locator("#q").fill("kozossegi kemence osszel " + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keresés")).click();
        checkAccessibility();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main")).containsText("pek.piroska@example.hu");
        assertThat(page.locator("main")).not().containsText("tűzvédelmi szabályokat is");
        checkAccessibility();
        screenshot("practice-public");

        visit("/");
        assertThat(page.locator("svg.county-map")).isVisible();
        screenshot("home-public");
    }

    private void switchUser(String username) {
        page.context().clearCookies();
        signIn(username, "demo-jelszo-1");
    }
}
