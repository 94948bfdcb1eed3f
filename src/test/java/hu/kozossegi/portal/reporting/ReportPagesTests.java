package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import hu.kozossegi.portal.shared.years.ReportYears;
import hu.kozossegi.portal.shared.years.YearClosedException;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The report pages and formats from the correctness data set, and closing and reopening a year. */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTests {

    static final int YEAR = ReportFixture.YEAR;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ReportYears reportYears;

    @BeforeAll
    void build() {
        new ReportFixture(jdbc).build();
    }

    @Test
    void everySignedInUserReadsTheReportWithLinksToTheRecords() {
        assertThat(mvc.get().uri("/reports/" + YEAR).with(TestUsers.developer("12"))).hasStatusOk().bodyText()
                .contains("Tolna", "Nyugat-Dunántúl", "/initiatives?county=17&amp;year=" + YEAR + "&amp;scope=active",
                        "/events?county=18&amp;year=" + YEAR + "&amp;status=HELD&amp;kind=TRAINING", "<svg",
                        "role=\"img\"");
        assertThat(mvc.get().uri("/reports/" + YEAR + "/counties/17").with(TestUsers.coordinator("18")))
                .hasStatusOk().bodyText().contains("Riport-T3 lakótelep", "Riport i1", "Riport eredmény CLUB");
        assertThat(mvc.get().uri("/reports/" + YEAR + "/counties/99").with(TestUsers.coordinator("18")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/reports").with(TestUsers.coordinator("18"))).hasStatusOk();
    }

    @Test
    void thePdfCarriesAccentedCountyNames() throws Exception {
        var result = mvc.get().uri("/reports/" + YEAR + ".pdf").with(TestUsers.national()).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Győr-Moson-Sopron", "Borsod-Abaúj-Zemplén", "Nógrád", "Csongrád-Csanád");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void theSpreadsheetHoldsNumbersAsNumbersWithAFrozenHeader() throws Exception {
        var result = mvc.get().uri("/reports/" + YEAR + ".xlsx").with(TestUsers.national()).exchange();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            var tolna = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> "17".equals(row.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertThat(tolna.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(tolna.getCell(3).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void theCsvHasABomSemicolonsAndOneRowPerCountyPlusTheTotal() throws Exception {
        var result = mvc.get().uri("/reports/" + YEAR + ".csv").with(TestUsers.national()).exchange();
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(body.substring(1))).getRecords();
        assertThat(records).hasSize(1 + 20 + 1);
        CSVRecord total = records.get(records.size() - 1);
        assertThat(total.get(1)).isEqualTo("Országos összesen");
        assertThat(total.get(3)).isEqualTo("5");
    }

    @Test
    void closingFreezesTheReportRefusesCountyWritesAndReopeningIsRecorded() throws Exception {
        int year = 2038;
        assertThat(mvc.post().uri("/admin/years/" + year + "/close").with(TestUsers.national()).with(csrf())
                .param("confirmed", "true"))
                .hasStatus3xxRedirection();
        var reader = TestUsers.coordinator("17");
        String first = mvc.get().uri("/reports/" + year).with(reader).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        TestData data = new TestData(jdbc);
        long late = data.settlement("17").set("name", "Riport-késői falu").insert();
        data.initiative(late).set("title", "Riport késői").set("start_date", LocalDate.of(2038, 3, 3)).insert();
        String second = mvc.get().uri("/reports/" + year).with(reader).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        // The page is identical apart from the per-request CSRF token of the sign-out form in the layout.
        assertThat(withoutCsrf(second)).isEqualTo(withoutCsrf(first)).contains("Lezárva");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                reportYears.checkOpenForCountyStaff(LocalDate.of(year, 5, 5), false))
                .isInstanceOf(YearClosedException.class);
        assertThat(mvc.post().uri("/admin/years/" + year + "/reopen").with(TestUsers.national()).with(csrf())
                .param("reason", "")).hasStatus(400).bodyText().contains("Adja meg az újranyitás okát");
        assertThat(mvc.post().uri("/admin/years/" + year + "/reopen").with(TestUsers.national()).with(csrf())
                .param("reason", "Elmaradt adatok pótlása")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/years/" + year).with(TestUsers.national())).hasStatusOk().bodyText()
                .contains("Elmaradt adatok pótlása", "újranyitás", "lezárás");
        reportYears.checkOpenForCountyStaff(LocalDate.of(year, 5, 5), false);
    }

    private static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }
}
