package hu.kozossegi.portal.shared;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No rendered page shows an unresolved message: a placeholder left in the text ({@code {0}}, {@code {1}}) or a
 * missing key ({@code ??key_hu??}). Walks the main pages of each role (national office, a county coordinator, a
 * county developer, an anonymous visitor) in both languages, plus the flash messages of closing and reopening a
 * year and the history headings of a settlement and a worker.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnresolvedMessageTests {

    static final int YEAR = 2035;
    private static final Pattern UNRESOLVED = Pattern.compile("\\{[01][},]|\\?\\?");

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    private long settlement;
    private long worker;

    @BeforeAll
    void data() {
        TestData data = new TestData(jdbc);
        settlement = data.settlement("17").set("name", "Üzenet-falu").insert();
        worker = data.worker("17").set("full_name", "Üzenet Munkás").set("settlement_id", settlement).insert();
        // A change, so that the history sections have a heading and a row.
        jdbc.sql("UPDATE settlement SET population = 321 WHERE id = ?").param(settlement).update();
    }

    private List<String> signedInPages() {
        return new ArrayList<>(List.of("/", "/dashboard", "/initiatives", "/initiatives?year=" + YEAR + "&scope=new",
                "/events", "/events?status=HELD&year=" + YEAR, "/events/calendar", "/visits", "/settlements",
                "/settlements/" + settlement, "/workers", "/workers/" + worker, "/good-practices", "/programmes",
                "/account", "/reports", "/reports/" + YEAR, "/reports/" + YEAR + "/counties/17",
                "/reports/" + YEAR + "/settlements", "/reports/" + YEAR + "/workers", "/reports/" + YEAR + "/outcomes",
                "/initiatives/new", "/events/new", "/visits/new", "/settlements/new", "/workers/new",
                "/good-practices/new"));
    }

    private Map<String, RequestPostProcessor> roles() {
        Map<String, RequestPostProcessor> roles = new LinkedHashMap<>();
        roles.put("national", TestUsers.national());
        roles.put("coordinator", TestUsers.coordinator("17"));
        roles.put("developer", TestUsers.developer("17"));
        return roles;
    }

    @Test
    void theMainPagesOfEveryRoleInBothLanguagesResolveEveryMessage() {
        SoftAssertions soft = new SoftAssertions();
        for (String lang : List.of("hu", "en")) {
            for (String page : List.of("/", "/login", "/good-practices", "/dashboard")) {
                check(soft, "anonymous", page, lang, null);
            }
            roles().forEach((role, user) -> {
                List<String> pages = signedInPages();
                if (role.equals("national")) {
                    pages.addAll(List.of("/admin/users", "/admin/audit", "/admin/targets/" + YEAR,
                            "/admin/years/" + YEAR, "/good-practices/review"));
                }
                pages.forEach(page -> check(soft, role, page, lang, user));
            });
        }
        soft.assertAll();
    }

    @Test
    void closingAndReopeningAYearStateTheYearInTheMessage() {
        SoftAssertions soft = new SoftAssertions();
        MvcTestResult closed = mvc.post().uri("/admin/years/" + YEAR + "/close").param("confirmed", "true").with(TestUsers.national())
                .with(csrf()).exchange();
        soft.assertThat(flashPage(closed)).contains(String.valueOf(YEAR)).doesNotContainPattern(UNRESOLVED);
        MvcTestResult reopened = mvc.post().uri("/admin/years/" + YEAR + "/reopen").param("reason", "Pótlás")
                .with(TestUsers.national()).with(csrf()).exchange();
        soft.assertThat(flashPage(reopened)).contains(String.valueOf(YEAR)).doesNotContainPattern(UNRESOLVED);
        soft.assertAll();
    }

    private String flashPage(MvcTestResult post) {
        String target = post.getResponse().getRedirectedUrl();
        // The flash message lives in the (JDBC) session that the POST's cookie names, as for a browser.
        MvcTestResult page = mvc.get().uri(target).with(TestUsers.national())
                .cookie(post.getResponse().getCookies()).exchange();
        String html = text(page);
        int notice = html.indexOf("notice-");
        return notice < 0 ? "(no notice)" : html.substring(notice, html.indexOf("</div>", notice));
    }

    private void check(SoftAssertions soft, String role, String page, String lang, RequestPostProcessor user) {
        String uri = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
        var request = mvc.get().uri(uri);
        MvcTestResult result = user == null ? request.exchange() : request.with(user).exchange();
        int status = result.getResponse().getStatus();
        soft.assertThat(status).as("%s %s", role, uri).isLessThan(500);
        Matcher found = UNRESOLVED.matcher(text(result));
        if (found.find()) {
            String html = text(result);
            soft.fail("%s %s shows an unresolved message: …%s…", role, uri,
                    html.substring(Math.max(0, found.start() - 80), Math.min(html.length(), found.end() + 40)));
        }
    }

    private static String text(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
