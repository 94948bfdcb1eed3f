package hu.kozossegi.portal.practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public catalogue: accredited practices only, accent-free search, filters, no personal data. */
@PortalIntegrationTest
class PracticeCatalogueTests {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PracticeFixtures fixtures;

    @Test
    void anonymousVisitorsSeeOnlyAccreditedPractices() {
        String tag = "Katalógus" + System.nanoTime();
        fixtures.practice("03", tag + " akkreditált", PracticeStatus.ACCREDITED);
        Practice draft = fixtures.practice("03", tag + " piszkozat", PracticeStatus.DRAFT);
        Practice submitted = fixtures.practice("03", tag + " beküldött", PracticeStatus.SUBMITTED);
        Practice returned = fixtures.practice("03", tag + " visszaküldött", PracticeStatus.RETURNED);
        Practice rejected = fixtures.practice("03", tag + " elutasított", PracticeStatus.REJECTED);

        assertThat(mvc.get().uri("/good-practices").param("q", tag)).hasStatusOk().bodyText()
                .contains(tag + " akkreditált").doesNotContain("piszkozat").doesNotContain("beküldött")
                .doesNotContain("visszaküldött").doesNotContain("elutasított");
        for (Practice hidden : List.of(draft, submitted, returned, rejected)) {
            assertThat(mvc.get().uri("/good-practices/{id}", hidden.id())).hasStatus(HttpStatus.NOT_FOUND);
        }
        // Signed-in staff of any county read every practice (the network learns from itself).
        assertThat(mvc.get().uri("/good-practices/{id}", draft.id()).with(TestUsers.coordinator("12")))
                .hasStatusOk();
    }

    @Test
    void thePublicPageShowsTheAgreedContactAndNoOtherPersonalData() throws Exception {
        Practice p = fixtures.practice("05", "Nyilvános" + System.nanoTime(), PracticeStatus.ACCREDITED);
        String body = mvc.get().uri("/good-practices/{id}", p.id()).exchange().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("Kapcsolat Kata").contains("kapcsolat.kata@example.hu").contains("+36 30 123 4567")
                .contains(p.accreditationNumber())
                .doesNotContain(PracticeFixtures.PROPOSER.name()).doesNotContain(PracticeFixtures.PROPOSER.username())
                .doesNotContain(PracticeFixtures.REVIEWER.name()).doesNotContain("Kiváló");
        Matcher emails = EMAIL.matcher(body);
        while (emails.find()) {
            assertThat(emails.group()).isEqualTo("kapcsolat.kata@example.hu");
        }
        // Signed in, the history with who and when is shown.
        assertThat(mvc.get().uri("/good-practices/{id}", p.id()).with(TestUsers.developer("05"))).hasStatusOk()
                .bodyText().contains(PracticeFixtures.REVIEWER.name()).contains("Kiváló");
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        String unique = "Zöldség" + System.nanoTime();
        fixtures.practice("07", unique + " Közösségi kemence", PracticeStatus.ACCREDITED);
        assertThat(mvc.get().uri("/good-practices").param("q", "ZOLDSEG" + unique.substring(7) + " kozossegi KEMENCE"))
                .hasStatusOk().bodyText().contains(unique + " Közösségi kemence");
        assertThat(mvc.get().uri("/good-practices").param("q", unique + " nincs ilyen")).hasStatusOk()
                .bodyText().doesNotContain(unique + " Közösségi kemence");
    }

    @Test
    void filtersByThemeCountyAndSettlementType() {
        String tag = "Szűrő" + System.nanoTime();
        long estate = fixtures.settlement("09", "TOWN");
        fixtures.practice("09", estate, tag + " városi idősek", PracticeStatus.ACCREDITED, "ELDERLY");
        fixtures.practice("10", tag + " falusi fiatalok", PracticeStatus.ACCREDITED, "YOUTH");

        assertThat(mvc.get().uri("/good-practices").param("q", tag).param("theme", "ELDERLY")).bodyText()
                .contains("városi idősek").doesNotContain("falusi fiatalok");
        assertThat(mvc.get().uri("/good-practices").param("q", tag).param("county", "10")).bodyText()
                .contains("falusi fiatalok").doesNotContain("városi idősek");
        assertThat(mvc.get().uri("/good-practices").param("q", tag).param("type", "TOWN")).bodyText()
                .contains("városi idősek").doesNotContain("falusi fiatalok");
    }

    @Test
    void badParametersAreClientErrorsNotServerErrors() {
        assertThat(mvc.get().uri("/good-practices").param("type", "CASTLE")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/good-practices").param("page", "x")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/good-practices/999999999")).hasStatus(HttpStatus.NOT_FOUND);
        // An unknown county or theme is a 400 with a message (issue 12), not a silently unfiltered catalogue.
        assertThat(mvc.get().uri("/good-practices").param("county", "99")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/good-practices").param("theme", "NOPE")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/good-practices").param("accreditedYear", "2005").param("region", "2"))
                .hasStatusOk();
    }
}
