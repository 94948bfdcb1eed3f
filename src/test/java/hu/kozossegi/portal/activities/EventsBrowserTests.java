package hu.kozossegi.portal.activities;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static hu.kozossegi.portal.support.TestData.unique;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A developer schedules a workshop, registers three workers, marks attendance once the workshop has started
 * and finds it in the month view.
 */
class EventsBrowserTests extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void developerSchedulesAWorkshopRecordsAttendanceAndSeesItInTheMonthView() {
        ActivitiesFixtures fixtures = new ActivitiesFixtures(jdbc);
        String username = unique("tolna-fejleszto").replace(' ', '-');
        TestUsers.persist(accounts, encoder, username, Role.COUNTY_DEVELOPER, "17", "demo-jelszo-123", false);
        String venue = unique("Gyönk");
        fixtures.settlement("17", venue);
        String family = unique("Bodnár");
        String[] names = {family + " Anna", family + " Béla", family + " Csilla"};
        for (String name : names) {
            fixtures.worker("17", name);
        }
        // Yesterday, so that presence can be recorded right after scheduling.
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Budapest")).minusDays(1);
        String title = unique("Szakmai műhely a helyi programokról");

        signIn(username, "demo-jelszo-123");
        visit("/events");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Új esemény")).click();
        checkAccessibility();
        page.getByLabel("Típus", EXACT).selectOption("WORKSHOP");
        page.getByLabel("Cím", EXACT).fill(title);
        page.getByLabel("Kezdés", EXACT).fill(day + "T10:00");
        page.getByLabel("Befejezés", EXACT).fill(day + "T14:00");
        page.getByLabel("Helyszín (település)", EXACT).fill(venue.toLowerCase().replace("ö", "o"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        if (page.locator("#saveAnyway").count() > 0) {
            // Another test's event of the county may overlap: accept the clash warning.
            page.locator("#saveAnyway").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        }
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main")).containsText(venue);
        checkAccessibility();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Részvétel")).click();
        // Typed without accents; Enter in the search field searches. Then all three are ticked and added at once.
        page.getByLabel("Név (részlet is elég)").fill(family.replace("á", "a"));
        page.getByLabel("Név (részlet is elég)").press("Enter");
        for (String name : names) {
            page.getByLabel(name).check();
        }
        checkAccessibility();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bejelöltek regisztrálása")).click();
        assertThat(page.locator(".notice-success")).containsText("3 közösségi munkást regisztráltunk");
        checkAccessibility();
        page.locator("select[name^=presence]").nth(0).selectOption("PRESENT");
        page.locator("select[name^=presence]").nth(1).selectOption("PRESENT");
        page.locator("select[name^=presence]").nth(2).selectOption("EXCUSED");
        screenshot("activities-attendance");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jelenlét mentése")).click();
        assertThat(page.locator("main")).containsText("2 fő jelen volt (3 regisztrált)");
        assertThat(page.locator("main")).containsText("Kimentette magát");

        visit("/events/calendar?county=17&month=" + day.toString().substring(0, 7));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("10:00 " + title)))
                .isVisible();
        screenshot("activities-month-view");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("10:00 " + title)).click();
        assertThat(page.locator("h1")).hasText(title);
    }
}
