package hu.kozossegi.portal.reporting;

import static hu.kozossegi.portal.reporting.internal.Indicator.NEW_INITIATIVES;
import static hu.kozossegi.portal.reporting.internal.Indicator.WORKSHOPS_HELD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.AnnualReports;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import hu.kozossegi.portal.reporting.internal.Target;
import hu.kozossegi.portal.reporting.internal.TargetIndicator;
import hu.kozossegi.portal.reporting.internal.TargetStatus;
import hu.kozossegi.portal.reporting.internal.TargetsMet;
import hu.kozossegi.portal.reporting.internal.Targets;
import hu.kozossegi.portal.reporting.internal.YearClosing;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The printed reports of a closed year ({@link #YEAR}, used by no other test): the same bytes at every print,
 * "k of n counties met the target" in region and national rows, one county's PDF, spreadsheet and CSV, and the
 * summary page that opens the national PDF.
 *
 * <p>The hand-built year: Tolna (17) has one new initiative and one held workshop, Baranya (02) one initiative
 * started the year before, Vas (18) one new initiative. New-initiative targets: Tolna 1-3 (met, 100 %),
 * Baranya at least 2 (not met, 0 %), Vas at least 0 (met, no percent); workshops: Tolna at least 1 (met). So
 * Dél-Dunántúl (Baranya, Somogy, Tolna) has 1 of 2 counties at target, Nyugat-Dunántúl 1 of 1, the country 2 of 3.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPrintTests {

    static final int YEAR = 2057;
    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Targets targets;
    @Autowired YearClosing years;
    @Autowired AnnualReports reports;

    Instant closedAt;

    @BeforeAll
    void closeAHandBuiltYear() {
        initiative(settlement("Nyomtatás-Tolna falu", "17"), LocalDate.of(YEAR, 3, 1));
        initiative(settlement("Nyomtatás-Baranya falu", "02"), LocalDate.of(YEAR - 1, 5, 1));
        initiative(settlement("Nyomtatás-Vas falu", "18"), LocalDate.of(YEAR, 4, 4));
        OffsetDateTime start = LocalDate.of(YEAR, 5, 5).atTime(10, 0).atZone(BUDAPEST).toOffsetDateTime();
        new TestData(jdbc).event("17").set("title", "Nyomtatás műhely").set("starts_at", start)
                .set("ends_at", start.plusHours(2)).set("status", "HELD").insert();
        targets.save(YEAR, Map.of(
                "17", Map.of(TargetIndicator.NEW_INITIATIVES, new Target(1, 3), TargetIndicator.WORKSHOPS_HELD,
                        new Target(1, null)),
                "02", Map.of(TargetIndicator.NEW_INITIATIVES, new Target(2, null)),
                "18", Map.of(TargetIndicator.NEW_INITIATIVES, new Target(0, null))), -1, "test");
        closedAt = years.close(YEAR, "orszagos-iroda").orElseThrow().asOf();
    }

    @Test
    void aClosedYearPrintsTheSameBytesEveryTimeInEveryFormat() throws Exception {
        List<String> files = List.of(".pdf", ".xlsx", ".csv", "/counties/17.pdf", "/counties/17.xlsx",
                "/counties/17.csv");
        Map<String, byte[]> first = new LinkedHashMap<>();
        for (String file : files) {
            first.put(file, fetch("/reports/" + YEAR + file));
        }
        // Past the two-second resolution of zip entry times, so that any date taken from the clock would differ.
        Thread.sleep(2_100);
        for (String file : files) {
            assertThat(fetch("/reports/" + YEAR + file)).as(file).isEqualTo(first.get(file));
        }
        try (PDDocument pdf = Loader.loadPDF(first.get(".pdf"))) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(closedAt);
            assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(closedAt);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(first.get(".xlsx")))) {
            var core = book.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(closedAt);
            assertThat(core.getModified().toInstant()).isEqualTo(closedAt);
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.get("/counties/17.xlsx")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                // A zip entry's (DOS) time has a resolution of two seconds, rounded down.
                LocalDateTime local = closedAt.atZone(BUDAPEST).toLocalDateTime();
                assertThat(entry.getTimeLocal()).as(entry.getName())
                        .isBetween(local.minusSeconds(2), local);
            }
        }
    }

    @Test
    void regionAndNationalRowsCountTheCountiesThatMetTheTarget() {
        AnnualReport report = reports.report(YEAR);
        ReportRow southTransdanubia = region(report, "Dél-Dunántúl");
        assertThat(report.targetsMet(southTransdanubia, NEW_INITIATIVES)).isEqualTo(new TargetsMet(1, 2));
        assertThat(report.targetsMet(region(report, "Nyugat-Dunántúl"), NEW_INITIATIVES)).isEqualTo(new TargetsMet(1, 1));
        assertThat(report.targetsMet(region(report, "Észak-Alföld"), NEW_INITIATIVES)).isEqualTo(new TargetsMet(0, 0));
        assertThat(report.targetsMet(report.nationalRow(), NEW_INITIATIVES)).isEqualTo(new TargetsMet(2, 3));
        assertThat(report.targetsMet(report.nationalRow(), WORKSHOPS_HELD)).isEqualTo(new TargetsMet(1, 1));
        // Never a summed target or a percent above county level.
        assertThat(southTransdanubia.target(NEW_INITIATIVES)).isNull();
        assertThat(southTransdanubia.percent(NEW_INITIATIVES)).isNull();
        assertThat(report.nationalRow().target(NEW_INITIATIVES)).isNull();
        ReportRow tolna = report.countyRow("17").orElseThrow();
        assertThat(tolna.percent(NEW_INITIATIVES)).isEqualTo(100);
        assertThat(report.countyRow("02").orElseThrow().status(NEW_INITIATIVES)).isEqualTo(TargetStatus.BELOW);
        assertThat(report.countyRow("02").orElseThrow().percent(NEW_INITIATIVES)).isZero();
        assertThat(report.countyRow("18").orElseThrow().percent(NEW_INITIATIVES)).isNull();

        assertThat(mvc.get().uri("/reports/" + YEAR).with(TestUsers.developer("12"))).hasStatusOk().bodyText()
                .contains("2 megyéből 1 érte el a célt", "3 megyéből 2 érte el a célt", "cél 1–3 · 100 % · célon belül",
                        "cél ≥ 2 · 0 % · cél alatt", "cél ≥ 0 · célon belül")
                .doesNotContain("cél ≥ 3", "cél 3");
        assertThat(mvc.get().uri("/reports/" + YEAR + "?lang=en").with(TestUsers.developer("12"))).hasStatusOk()
                .bodyText().contains("1 of 2 counties met the target", "2 of 3 counties met the target");
    }

    @Test
    void theSpreadsheetAndCsvCountTheCountiesThatMetTheTargetAboveCountyLevel() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(fetch("/reports/" + YEAR + ".xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            int newColumn = column(header, "Új kezdeményezések");
            assertThat(header.getCell(newColumn + 4).getStringCellValue())
                    .isEqualTo("Új kezdeményezések: célt elérő megyék");
            assertThat(header.getCell(newColumn + 5).getStringCellValue())
                    .isEqualTo("Új kezdeményezések: céllal rendelkező megyék");
            Row region = StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> "Dél-Dunántúl".equals(row.getCell(2).getStringCellValue())
                            && row.getCell(0).getStringCellValue().isEmpty())
                    .findFirst().orElseThrow();
            assertThat(region.getCell(newColumn).getNumericCellValue()).isEqualTo(1.0);
            assertThat(region.getCell(newColumn + 1)).as("no summed target").isNull();
            assertThat(region.getCell(newColumn + 3)).as("no percent").isNull();
            assertThat(region.getCell(newColumn + 4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(region.getCell(newColumn + 5).getNumericCellValue()).isEqualTo(2.0);
        }
        List<CSVRecord> csv = csv(fetch("/reports/" + YEAR + ".csv"));
        int newColumn = csv.get(0).toList().indexOf("Új kezdeményezések");
        CSVRecord national = csv.get(csv.size() - 1);
        assertThat(national.get(1)).isEqualTo("Országos összesen");
        assertThat(national.get(newColumn)).isEqualTo("2");
        assertThat(List.of(national.get(newColumn + 1), national.get(newColumn + 2), national.get(newColumn + 3)))
                .containsOnly("");
        assertThat(national.get(newColumn + 4)).isEqualTo("2");
        assertThat(national.get(newColumn + 5)).isEqualTo("3");
    }

    @Test
    void oneCountysFilesCarryItsFiguresInTheNationalLayout() throws Exception {
        byte[] csvBytes = fetch("/reports/" + YEAR + "/counties/17.csv");
        assertThat(new String(csvBytes, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains(";");
        List<CSVRecord> county = csv(csvBytes);
        List<CSVRecord> national = csv(fetch("/reports/" + YEAR + ".csv"));
        assertThat(county).hasSize(2);
        assertThat(county.get(0).toList()).isEqualTo(national.get(0).toList());
        CSVRecord tolna = county.get(1);
        assertThat(tolna.toList()).isEqualTo(national.stream().filter(r -> r.get(0).equals("17")).findFirst()
                .orElseThrow().toList());
        int newColumn = county.get(0).toList().indexOf("Új kezdeményezések");
        assertThat(List.of(tolna.get(0), tolna.get(1), tolna.get(2))).containsExactly("17", "Tolna", "Dél-Dunántúl");
        assertThat(List.of(tolna.get(newColumn), tolna.get(newColumn + 1), tolna.get(newColumn + 2),
                tolna.get(newColumn + 3))).containsExactly("1", "1", "3", "100");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                fetch("/reports/" + YEAR + "/counties/17.xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Tolna");
            assertThat(sheet.getRow(1).getCell(newColumn).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }

        try (PDDocument pdf = Loader.loadPDF(fetch("/reports/" + YEAR + "/counties/17.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Tolna, 2057", "A megye mutatói", "Új kezdeményezések",
                    "cél 1–3 · 100 % · célon belül", "Lezárva").doesNotContain("Baranya");
        }
        assertThat(mvc.get().uri("/reports/" + YEAR + "/counties/17").with(TestUsers.coordinator("18")))
                .hasStatusOk().bodyText().contains("/reports/" + YEAR + "/counties/17.pdf",
                        "/reports/" + YEAR + "/counties/17.xlsx", "/reports/" + YEAR + "/counties/17.csv");
    }

    /** A 404 status (the servlet container then shows the portal's 404 page, see ErrorPagesTests), never a 500. */
    @Test
    void anUnknownCountyOrYearIsANotFoundPageNeverAnError() {
        for (String path : List.of("/counties/99.pdf", "/counties/99.xlsx", "/counties/99.csv", "/counties/xx.csv",
                "/counties/.pdf")) {
            assertThat(mvc.get().uri("/reports/" + YEAR + path).with(TestUsers.coordinator("17"))).as(path)
                    .hasStatus(404);
        }
        for (String path : List.of("/reports/1999/counties/17.pdf", "/reports/2101/counties/17.xlsx",
                "/reports/20x7/counties/17.csv", "/reports/99999/counties/17.csv")) {
            assertThat(mvc.get().uri(path).with(TestUsers.coordinator("17"))).as(path).hasStatus(404);
        }
    }

    @Test
    void thePrintedNationalReportOpensWithTheOnePageSummary() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(fetch("/reports/" + YEAR + ".pdf"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            assertThat(first).contains("2057. évi beszámoló", "Lezárva",
                    "Összefoglaló: az országos mutatók és a megyei célok", "Új kezdeményezések", "3 megyéből 2 érte el a célt", "Szakmai műhelyek",
                    "1 megyéből 1 érte el a célt", "Akkreditált jó gyakorlatok")
                    .doesNotContain("Bács-Kiskun", "Tolna");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("Kezdeményezések és elért települések", "Bács-Kiskun",
                    "Tolna", "2 megyéből 1 érte el a célt");
        }
    }

    private byte[] fetch(String path) throws Exception {
        var result = mvc.get().uri(path).with(TestUsers.coordinator("18")).exchange();
        assertThat(result).as(path).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                .getRecords();
    }

    private static int column(Row header, String name) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (name.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static ReportRow region(AnnualReport report, String name) {
        return report.rows().stream().filter(row -> row.kind() == ReportRow.Kind.REGION && row.name().equals(name))
                .findFirst().orElseThrow();
    }

    private long settlement(String name, String county) {
        return new TestData(jdbc).settlement(county).set("name", name).insert();
    }

    private void initiative(long settlement, LocalDate start) {
        new TestData(jdbc).initiative(settlement).set("title", "Nyomtatás kezdeményezés " + settlement)
                .set("start_date", start).insert();
    }
}
