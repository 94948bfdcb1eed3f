package hu.kozossegi.portal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The open-data page and a year's files run a few statements once the year's figures are kept: the first year and
 * the settlements reached are reused while the data version is unchanged, and recomputed after a write.
 */
@PortalIntegrationTest
class OpenDataStatementCountTests {

    static final int MAX = 8;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    private int statements(String uri) {
        SqlStatementCounter.reset();
        assertThat(mvc.get().uri(uri).exchange()).as(uri).hasStatusOk();
        return (int) SqlStatementCounter.count();
    }

    @Test
    void thePageAndAYearsFilesRunAFewStatementsAndFollowWrites() throws Exception {
        int year = Year.now(ZoneId.of("Europe/Budapest")).getValue();
        OpenDataFixture data = new OpenDataFixture(jdbc, "16", "17", year);
        for (String uri : new String[] {"/open-data", "/open-data/figures/" + year + ".csv",
                "/open-data/figures/" + year + ".json", "/open-data/settlements-reached/" + year + ".csv"}) {
            statements(uri);
            assertThat(statements(uri)).as(uri).isLessThanOrEqualTo(MAX);
        }
        String uri = "/open-data/settlements-reached/" + year + ".csv";
        String name = "Számlált " + data.tag();
        long settlement = data.settlement("16", name);
        data.initiative("16", settlement, "Számlált kezdeményezés " + data.tag(), null);
        assertThat(mvc.get().uri(uri).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(name);
    }
}
