package hu.kozossegi.portal.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The outcome "civil organisation founded" offers to create or link its organisation, from the initiative's page. */
@PortalIntegrationTest
class OrganisationFromOutcomeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private TestData data() {
        return new TestData(jdbc);
    }

    private long[] initiativeWithOutcome(String county, String outcomeName) {
        long settlement = data().settlement(county).set("name", OrganisationPagesTests.unique("Alapítófalva")).insert();
        long initiative = data().initiative(settlement).set("title", OrganisationPagesTests.unique("Falufejlesztő kör"))
                .set("start_date", LocalDate.of(2023, 2, 1)).insert();
        long outcome = data().outcome(initiative).set("type", "CIVIL_ORGANISATION").set("name", outcomeName)
                .set("achieved_on", LocalDate.of(2024, 5, 10)).insert();
        return new long[] {initiative, outcome};
    }

    private String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOutcomePrefillsTheFormAndTheSavedOrganisationShowsOnTheInitiative() throws Exception {
        String name = OrganisationPagesTests.unique("Falufejlesztő Egyesület");
        long[] ids = initiativeWithOutcome("02", name);
        Document initiativePage = Jsoup.parse(body(mvc.get().uri("/initiatives/" + ids[0])
                .with(TestUsers.coordinator("02")).exchange()));
        assertThat(initiativePage.select("#organisations a[href=/organisations/new?outcome=" + ids[1] + "]")).hasSize(1);

        Document form = Jsoup.parse(body(mvc.get().uri("/organisations/new").param("outcome", Long.toString(ids[1]))
                .with(TestUsers.coordinator("02")).exchange()));
        assertThat(form.select("#name").val()).isEqualTo(name);
        assertThat(form.select("#foundedOn").val()).isEqualTo("2024-05-10");
        assertThat(form.select("#county option[selected]").val()).isEqualTo("02");
        assertThat(form.select("input[name=outcomeId]").val()).isEqualTo(Long.toString(ids[1]));

        MockMvcRequestBuilder post = mvc.post().uri("/organisations/new");
        Map.of("name", name, "kind", "ASSOCIATION", "county", "02", "seatSettlement", form.select("#seatSettlement").val(),
                "foundedOn", "2024-05-10", "active", "true", "outcomeId", Long.toString(ids[1]),
                "links[0].initiativeId", Long.toString(ids[0]), "links[0].relation", "BORN_FROM", "save", "1")
                .forEach(post::param);
        assertThat(post.with(csrf()).with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FOUND);
        Map<String, Object> row = jdbc.sql("""
                SELECT o.founded_outcome_id, l.relation FROM organisation o
                JOIN organisation_initiative l ON l.organisation_id = o.id AND l.initiative_id = ?
                WHERE o.name = ?""").params(ids[0], name).query().singleRow();
        assertThat(((Number) row.get("founded_outcome_id")).longValue()).isEqualTo(ids[1]);
        assertThat(row.get("relation")).isEqualTo("BORN_FROM");

        Document after = Jsoup.parse(body(mvc.get().uri("/initiatives/" + ids[0]).with(TestUsers.developer("07"))
                .exchange()));
        assertThat(after.select("#organisations").text()).contains(name);
        assertThat(after.select("#organisations a[href^=/organisations/new]")).isEmpty();
    }

    @Test
    void anExistingOrganisationIsLinkedAsTheOutcome() throws Exception {
        long[] ids = initiativeWithOutcome("02", OrganisationPagesTests.unique("Megalakult alapítvány"));
        long seat = jdbc.sql("SELECT primary_settlement_id FROM initiative WHERE id = ?").param(ids[0])
                .query(Long.class).single();
        String name = OrganisationPagesTests.unique("Régi Alapítvány");
        long org = data().organisation("02", seat).set("name", name).set("kind", "FOUNDATION").insert();
        Document list = Jsoup.parse(body(mvc.get().uri("/organisations").param("outcome", Long.toString(ids[1]))
                .param("q", name).with(TestUsers.coordinator("02")).exchange()));
        String choose = list.select("a[href^=/organisations/" + org + "/edit]").attr("href");
        assertThat(choose).isEqualTo("/organisations/" + org + "/edit?outcome=" + ids[1]);
        Document form = Jsoup.parse(body(mvc.get().uri(choose).with(TestUsers.coordinator("02")).exchange()));
        MockMvcRequestBuilder post = mvc.post().uri("/organisations/" + org + "/edit");
        form.select("form input[name], form select[name], form textarea[name]").forEach(e -> {
            if (!e.attr("type").equals("checkbox") || e.hasAttr("checked")) {
                String value = e.tagName().equals("select") ? e.select("option[selected]").val() : e.val();
                if (!e.attr("name").equals("_csrf")) {
                    post.param(e.attr("name"), value);
                }
            }
        });
        assertThat(post.param("save", "1").with(csrf()).with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT founded_outcome_id FROM organisation WHERE id = ?").param(org).query(Long.class)
                .single()).isEqualTo(ids[1]);
        assertThat(jdbc.sql("SELECT relation FROM organisation_initiative WHERE organisation_id = ? AND initiative_id = ?")
                .params(org, ids[0]).query(String.class).single()).isEqualTo("BORN_FROM");
    }

    @Test
    void deletingTheOutcomeOrTheInitiativeKeepsTheOrganisation() {
        long[] ids = initiativeWithOutcome("02", OrganisationPagesTests.unique("Törölt eredmény"));
        long seat = jdbc.sql("SELECT primary_settlement_id FROM initiative WHERE id = ?").param(ids[0])
                .query(Long.class).single();
        long org = data().organisation("02", seat).set("name", OrganisationPagesTests.unique("Megmaradó Egyesület"))
                .set("founded_outcome_id", ids[1]).insert();
        data().link("organisation_initiative").set("organisation_id", org).set("initiative_id", ids[0])
                .set("relation", "BORN_FROM").add();
        jdbc.sql("DELETE FROM initiative_outcome WHERE id = ?").param(ids[1]).update();
        jdbc.sql("DELETE FROM initiative WHERE id = ?").param(ids[0]).update();
        assertThat(jdbc.sql("SELECT founded_outcome_id IS NULL FROM organisation WHERE id = ?").param(org)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM organisation_initiative WHERE organisation_id = ?").param(org)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherCountysOutcomeIs403() {
        long[] ids = initiativeWithOutcome("12", OrganisationPagesTests.unique("Nógrádi egyesület"));
        assertThat(mvc.get().uri("/organisations/new").param("outcome", Long.toString(ids[1]))
                .with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        MockMvcRequestBuilder post = mvc.post().uri("/organisations/new");
        post.param("name", "Idegen").param("outcomeId", Long.toString(ids[1])).param("save", "1");
        assertThat(post.with(csrf()).with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE founded_outcome_id = ?").param(ids[1])
                .query(Long.class).single()).isZero();
    }
}
