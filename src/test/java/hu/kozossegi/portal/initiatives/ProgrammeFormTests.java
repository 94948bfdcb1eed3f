package hu.kozossegi.portal.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The programme form the one way: its own rules on the form (Bean Validation, the last year not before the
 * first), the name's uniqueness in the service, rights before either.
 */
@PortalIntegrationTest
class ProgrammeFormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private TestData data() {
        return new TestData(jdbc);
    }

    private long count(String name) {
        return jdbc.sql("SELECT count(*) FROM programme WHERE name = ?").param(name.trim()).query(Long.class).single();
    }

    private static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void aRefusedUserGets403WhateverTheFormContains() {
        String name = TestData.unique("Tiltott program");
        long id = data().programme().set("name", name).insert();
        assertThat(mvc.post().uri("/programmes/new").with(TestUsers.coordinator("02")).with(csrf())
                .param("name", "").param("firstYear", "nem-év").param("lastYear", "1")).hasStatus(403);
        assertThat(mvc.post().uri("/programmes/{id}/edit", id).with(TestUsers.coordinator("02")).with(csrf())
                .param("name", name).param("funder", "").param("firstYear", "2010").param("lastYear", "2001")
                .param("version", "x")).hasStatus(403);
        assertThat(jdbc.sql("SELECT funder FROM programme WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Teszt Alap");
    }

    @Test
    void aLastYearBeforeTheFirstIsAMessageAtTheLastYearWithTheInputKept() throws Exception {
        String name = TestData.unique("Fordított program");
        MvcTestResult result = mvc.post().uri("/programmes/new").with(TestUsers.national()).with(csrf())
                .param("name", name).param("funder", "Alap").param("firstYear", "2012").param("lastYear", "2011")
                .exchange();
        assertThat(result).hasStatus(400);
        Document page = page(result);
        assertThat(page.select("#lastYear-error").text()).contains("Az utolsó év nem lehet az első év előtt");
        assertThat(page.select(".error-summary").text())
                .contains("Az utolsó év nem lehet az első év előtt");
        assertThat(page.select("input[name=name]").val()).isEqualTo(name);
        assertThat(page.select("input[name=lastYear]").val()).isEqualTo("2011");
        assertThat(count(name)).isZero();
    }

    @Test
    void aNameTakenCaseIgnoredIsAMessageAtTheNameAndNothingIsSaved() throws Exception {
        String name = TestData.unique("Foglalt program");
        data().programme().set("name", name).insert();
        MvcTestResult result = mvc.post().uri("/programmes/new").with(TestUsers.national()).with(csrf())
                .param("name", "  " + name.toUpperCase() + " ").param("funder", "Másik alap")
                .param("firstYear", "2015").exchange();
        assertThat(result).hasStatus(400);
        Document page = page(result);
        assertThat(page.select("#name-error").text()).contains("Már van ilyen nevű program");
        assertThat(page.select("input[name=funder]").val()).isEqualTo("Másik alap");
        assertThat(jdbc.sql("SELECT count(*) FROM programme WHERE lower(name) = lower(?)").param(name)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEditKeepingItsOwnNameSavesTrimmedWithABlankDescriptionAsNone() {
        String name = TestData.unique("Saját nevű program");
        long id = data().programme().set("name", name).set("description", "Régi leírás").insert();
        assertThat(mvc.post().uri("/programmes/{id}/edit", id).with(TestUsers.national()).with(csrf())
                .param("name", " " + name + " ").param("funder", " Új alap ").param("firstYear", "2024")
                .param("lastYear", "2025").param("description", "   ").param("version", "0"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/programmes");
        var row = jdbc.sql("SELECT name, funder, last_year, description FROM programme WHERE id = ?").param(id)
                .query().singleRow();
        assertThat(row).containsEntry("name", name).containsEntry("funder", "Új alap").containsEntry("last_year", 2025)
                .containsEntry("description", null);
    }

    @Test
    void aYearThatIsNotANumberIsAFieldMessageNot500() throws Exception {
        String name = TestData.unique("Betűs program");
        MvcTestResult result = mvc.post().uri("/programmes/new").with(TestUsers.national()).with(csrf())
                .param("name", name).param("funder", "Alap").param("firstYear", "<b>kétezer</b>")
                .param("lastYear", "2011").exchange();
        assertThat(result).hasStatus(400);
        Document page = page(result);
        assertThat(page.select("#firstYear-error").text()).isNotBlank();
        assertThat(page.select("#lastYear-error")).isEmpty();
        assertThat(count(name)).isZero();
    }
}
