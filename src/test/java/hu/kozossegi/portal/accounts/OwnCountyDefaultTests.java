package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * County staff see their own county first: a list, the month view and the practice catalogue opened without a
 * filter start at the user's county, with one link to all counties; an explicit empty county, any other filter,
 * the national office and visitors see every county.
 */
@PortalIntegrationTest
class OwnCountyDefaultTests {

    static final List<String> LISTS = List.of("/settlements", "/workers", "/initiatives", "/events", "/visits",
            "/good-practices", "/events/calendar");

    @Autowired MockMvcTester mvc;

    @Test
    void countyStaffStartAtTheirOwnCountyWithOneLinkToAllCounties() {
        for (String list : LISTS) {
            Document page = page(list, TestUsers.developer("17"));
            assertThat(selectedCounty(page)).as(list).isEqualTo("17");
            Element notice = page.selectFirst("p.own-county");
            assertThat(notice).as(list).isNotNull();
            assertThat(notice.text()).as(list).isEqualTo("A saját megyéje (Megye 17) adatait látja. Minden megye");
            assertThat(notice.selectFirst("a").attr("href")).as(list).isEqualTo(list + "?county=");
            assertThat(total(page)).as(list).isEqualTo(total(page(list + "?county=17", TestUsers.developer("17"))));
            // The pager and the sort links keep the default: page 2 is still the own county.
            assertThat(selectedCounty(page(list + "?page=1", TestUsers.developer("17")))).as(list).isEqualTo("17");
        }
    }

    @Test
    void allCountiesExplicitlyOrAnyOtherFilterShowEveryCountyAsTheNationalOfficeSeesThem() {
        for (String list : LISTS) {
            Document national = page(list, TestUsers.national());
            assertThat(national.selectFirst("p.own-county")).as(list).isNull();
            assertThat(selectedCounty(national)).as(list).isEmpty();
            Document all = page(list + "?county=", TestUsers.coordinator("17"));
            assertThat(all.selectFirst("p.own-county")).as(list).isNull();
            assertThat(selectedCounty(all)).as(list).isEmpty();
            assertThat(total(all)).as(list).isEqualTo(total(national));
        }
        // A link that filters by something else (a report's region, a year) is not narrowed to the own county.
        Document region = page("/initiatives?region=2&year=2005&scope=active", TestUsers.coordinator("17"));
        assertThat(selectedCounty(region)).isEmpty();
        assertThat(total(region)).isEqualTo(total(page("/initiatives?region=2&year=2005&scope=active",
                TestUsers.national())));
    }

    @Test
    void visitorsAndStaffWithoutACountySeeTheWholeCatalogue() {
        MvcTestResult anonymous = mvc.get().uri("/good-practices").exchange();
        assertThat(anonymous).hasStatusOk().bodyText().doesNotContain("A saját megyéje");
        Document page = page("/good-practices", TestUsers.national());
        assertThat(page.selectFirst("p.own-county")).isNull();
    }

    @Test
    void theNoticeIsInEnglishForEnglishReaders() {
        Document page = page("/events?lang=en", TestUsers.coordinator("17"));
        assertThat(page.selectFirst("p.own-county").text()).isEqualTo("You see your own county (Megye 17). All counties");
    }

    private static String selectedCounty(Document page) {
        Element selected = page.selectFirst("select[name=county] option[selected]");
        return selected == null ? "" : selected.attr("value");
    }

    /** The list's total, or (lists without one) its rows. */
    private static String total(Document page) {
        Element count = page.selectFirst("[data-count]");
        return count != null ? count.attr("data-count") : page.select("table tbody tr, .calendar td").text();
    }

    private Document page(String uri, RequestPostProcessor user) {
        MvcTestResult result = mvc.get().uri(uri).with(user).exchange();
        assertThat(result).as(uri).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
