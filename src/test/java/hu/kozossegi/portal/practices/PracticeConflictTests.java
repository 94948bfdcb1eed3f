package hu.kozossegi.portal.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.practices.internal.PracticeRepository;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A stale save of a good practice or a programme: 409 with the typed input kept, as for every record. */
@PortalIntegrationTest
class PracticeConflictTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStalePracticeEditIsAConflictAndKeepsWhatWasTyped() {
        Practice p = fixtures.practice("04", "Ütköző " + System.nanoTime(), PracticeStatus.DRAFT);
        jdbc.sql("UPDATE practice SET version = version + 1 WHERE id = ?").param(p.id()).update();
        String typed = "Atirt cim " + System.nanoTime();
        assertThat(mvc.post().uri("/good-practices/{id}/edit", p.id()).with(TestUsers.coordinator("04")).with(csrf())
                .param("title", typed).param("summary", "Összefoglaló").param("problem", "Gond")
                .param("method", "Módszer").param("requirements", "Feltétel").param("results", "Eredmény")
                .param("transferability", "Átvehető").param("contactName", "Kapcsolat Kata").param("contactEmail", "kata@example.hu")
                .param("contactConsent", "true").param("themes", "YOUTH").param("version", "" + p.version()))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains(typed);
        assertThat(jdbc.sql("SELECT title FROM practice WHERE id = ?").param(p.id()).query(String.class).single())
                .isNotEqualTo(typed);
    }

    @Test
    void aStaleProgrammeEditIsAConflictKeepingTheTypedInputWithTheComparison() throws Exception {
        String name = "Utkozo program " + System.nanoTime();
        long id = new TestData(jdbc).programme().set("name", name).set("funder", "Alap").set("first_year", 2004)
                .insert();
        jdbc.sql("UPDATE programme SET version = version + 1, funder = 'Másik alap' WHERE id = ?").param(id).update();
        var stale = mvc.post().uri("/programmes/{id}/edit", id).with(TestUsers.national()).with(csrf())
                .param("name", name + " atirva").param("funder", "Alap").param("firstYear", "2004")
                .param("lastYear", "2006").param("version", "0").exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        var page = org.jsoup.Jsoup.parse(stale.getResponse().getContentAsString());
        assertThat(page.select("input[name=name]").val()).isEqualTo(name + " atirva");
        assertThat(page.select("input[name=lastYear]").val()).isEqualTo("2006");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(page.select(".notice-warning h2").text()).isEqualTo("Valaki más időközben módosította ezt a programot");
        assertThat(page.select(".notice-warning tbody tr").eachText()).containsExactly(
                "Név " + name + " " + name + " atirva", "Támogató Másik alap Alap", "Utolsó év 2006");
        assertThat(jdbc.sql("SELECT name FROM programme WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(name);
        // saving again from the conflict page (the current version) is deliberate and goes through
        assertThat(mvc.post().uri("/programmes/{id}/edit", id).with(TestUsers.national()).with(csrf())
                .param("name", name + " atirva").param("funder", "Alap").param("firstYear", "2004")
                .param("lastYear", "2006").param("version", "1")).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT name FROM programme WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(name + " atirva");
    }
}
