package hu.kozossegi.portal.reporting;

import static hu.kozossegi.portal.reporting.internal.Indicator.ORGANISATIONS_FOUNDED;
import static hu.kozossegi.portal.reporting.internal.Indicator.ORGANISATIONS_SUPPORTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.reporting.internal.AnnualReports;
import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.reporting.internal.YearClosing;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The organisation figures in closed years ({@link #FROZEN} and {@link #OLD}, used by no other test): closing a year
 * freezes them like every figure, and the snapshot of a year closed before they existed still prints, without them,
 * in every format (it keeps the bytes it printed when it was closed).
 */
@PortalIntegrationTest
class ReportOrganisationSnapshotTests {

    static final int FROZEN = 2058;
    static final int OLD = 2059;
    /** The indicators a snapshot closed before the organisation figures froze. */
    static final List<Indicator> BEFORE = List.of(Indicator.values()).stream()
            .filter(i -> i != ORGANISATIONS_SUPPORTED && i != ORGANISATIONS_FOUNDED).toList();

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired YearClosing years;
    @Autowired AnnualReports reports;
    @Autowired ReportFigures figures;

    @Test
    void closingAYearFreezesTheOrganisationFigures() throws Exception {
        long seat = new TestData(jdbc).settlement("17").insert();
        organisation("17", "Fagyasztott szervezet 1", seat, LocalDate.of(FROZEN, 3, 1));
        years.close(FROZEN, "orszagos-iroda");
        assertThat(jdbc.sql("SELECT snapshot::text FROM report_year WHERE year = ?").param(FROZEN).query(String.class)
                .single()).contains("\"ORGANISATIONS_SUPPORTED\"", "\"ORGANISATIONS_FOUNDED\"");
        Map<String, byte[]> first = new LinkedHashMap<>();
        for (String file : List.of(".csv", ".xlsx", ".pdf", "/counties/17.csv", "/counties/17.pdf")) {
            first.put(file, fetch("/reports/" + FROZEN + file));
        }
        organisation("17", "Fagyasztott szervezet 2", seat, LocalDate.of(FROZEN, 4, 1));

        assertThat(reports.report(FROZEN).countyRow("17").orElseThrow().value(ORGANISATIONS_FOUNDED)).isEqualTo(1);
        assertThat(reports.compute(FROZEN).countyRow("17").orElseThrow().value(ORGANISATIONS_FOUNDED)).isEqualTo(2);
        for (Map.Entry<String, byte[]> file : first.entrySet()) {
            assertThat(fetch("/reports/" + FROZEN + file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(new String(first.get(".csv"), StandardCharsets.UTF_8))
                .contains("Támogatott szervezetek és informális csoportok", "Az évben alakult szervezetek");
        Document county = Jsoup.parse(new String(fetch("/reports/" + FROZEN + "/counties/17"), StandardCharsets.UTF_8));
        assertThat(county.selectFirst("td[data-indicator=ORGANISATIONS_FOUNDED] a").text()).isEqualTo("1");
    }

    @Test
    void aSnapshotClosedBeforeTheOrganisationFiguresStillPrintsWithoutThem() throws Exception {
        long seat = new TestData(jdbc).settlement("18").insert();
        organisation("18", "Régi pillanatkép szervezet", seat, LocalDate.of(OLD, 5, 5));
        years.close(OLD, "orszagos-iroda");
        // The snapshot as a year closed before issue 17 stored it: its rows have no organisation figures.
        jdbc.sql("""
                UPDATE report_year SET snapshot = jsonb_set(snapshot, '{rows}', (
                    SELECT jsonb_agg(jsonb_set(r, '{values}',
                               (r -> 'values') - 'ORGANISATIONS_SUPPORTED' - 'ORGANISATIONS_FOUNDED') ORDER BY n)
                    FROM jsonb_array_elements(snapshot -> 'rows') WITH ORDINALITY AS x(r, n)))
                WHERE year = ?""").param(OLD).update();
        assertThat(reports.report(OLD).indicators()).containsExactlyElementsOf(BEFORE);

        Document national = Jsoup.parse(new String(fetch("/reports/" + OLD), StandardCharsets.UTF_8));
        assertThat(national.select("td[data-indicator]")).hasSize(28 * BEFORE.size());
        assertThat(national.text()).doesNotContain("Támogatott szervezetek", "Az évben alakult szervezetek",
                "szervezetet és informális csoportot támogatott");
        Document county = Jsoup.parse(new String(fetch("/reports/" + OLD + "/counties/18"), StandardCharsets.UTF_8));
        assertThat(county.select("table.figures td[data-indicator]")).hasSize(BEFORE.size());
        String csv = new String(fetch("/reports/" + OLD + ".csv"), StandardCharsets.UTF_8);
        String header = csv.lines().findFirst().orElseThrow();
        // County code, name, region; every indicator; five columns for each of the five with a target.
        assertThat(header.split(";")).hasSize(3 + BEFORE.size() + 5 * 5);
        assertThat(header).doesNotContain("Támogatott szervezetek", "Az évben alakult szervezetek");
        assertThat(fetch("/reports/" + OLD + ".xlsx")).isNotEmpty();
        assertThat(fetch("/reports/" + OLD + ".pdf")).isNotEmpty();
        assertThat(fetch("/reports/" + OLD + "/counties/18.pdf")).isNotEmpty();
        // The open data and the API publish the figures the report shows (only up to this year: asked directly).
        assertThat(figures.figures(OLD).lines()).hasSize(21 * BEFORE.size())
                .noneMatch(line -> line.indicator().startsWith("ORGANISATIONS_"));
    }

    /** An informal group founded on {@code founded}, seated in {@code seat} of {@code county}. */
    private void organisation(String county, String name, long seat, LocalDate founded) {
        new TestData(jdbc).organisation(county, seat).set("name", name).set("kind", "INFORMAL_GROUP")
                .set("founded_on", founded).insert();
    }

    private byte[] fetch(String path) throws Exception {
        var result = mvc.get().uri(path).with(TestUsers.national()).exchange();
        assertThat(result).as(path).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }
}
