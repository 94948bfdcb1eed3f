package hu.kozossegi.portal.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Spreadsheet formulas never leave the portal: the 16 payload cells of the security test, stored in records,
 * come out of every CSV and XLSX export guarded with an apostrophe (numbers stay numbers).
 */
@PortalIntegrationTest
class ExportFormulaGuardTests {

    static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://127.0.0.1/x\",\"kattints\")", "=1+1",
            "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", " =1+1", "  +1", "\r=1+1", "\t@x", " -2+3",
            "=cmd|' /C calc'!A0", "+HYPERLINK(\"x\")", "-@x", "@", "\u00a0=1");

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theCsvWriterGuardsEveryTextCellAndKeepsNumbers() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        for (String payload : PAYLOADS) {
            csv.row(payload, -5, new BigDecimal("-1.5"), "a;b \"c\"\nd");
        }
        csv.flush();
        assertThat(out.toString()).startsWith("\uFEFF");
        List<CSVRecord> records = parse(out.toString());
        assertThat(records).hasSize(PAYLOADS.size());
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).get(0)).isEqualTo("'" + PAYLOADS.get(i));
            assertThat(records.get(i).get(1)).isEqualTo("-5");
            assertThat(records.get(i).get(2)).isEqualTo("-1.5");
            assertThat(records.get(i).get(3)).isEqualTo("a;b \"c\"\nd");
        }
        assertNoFormulaCells(records);
    }

    @Test
    void theSettlementAndInitiativeExportsGuardPayloadCells() throws Exception {
        String tag = "kepletfalva" + System.nanoTime();
        TestData data = new TestData(jdbc);
        for (String payload : PAYLOADS) {
            long settlement = data.settlement("20").set("name", payload + " " + tag).set("micro_region", payload)
                    .insert();
            data.initiative(settlement).set("title", payload + " " + tag).insert();
        }
        for (String export : List.of("/settlements.csv", "/initiatives.csv")) {
            var result = mvc.get().uri(export).param("q", tag).with(TestUsers.national()).exchange();
            assertThat(result).hasStatusOk();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(export).startsWith("\uFEFF");
            List<CSVRecord> records = parse(body);
            assertThat(records).as(export).hasSizeGreaterThanOrEqualTo(PAYLOADS.size() + 1);
            assertThat(records.get(0).size()).as(export + " is separated by semicolons").isGreaterThan(3);
            assertNoFormulaCells(records);
            assertThat(body).as(export).contains("'=HYPERLINK(");
        }
    }

    @Test
    void theReportExportsHaveNoFormulaCellsAndGuardedText() throws Exception {
        var csv = mvc.get().uri("/reports/2030.csv").with(TestUsers.national()).exchange();
        assertThat(csv).hasStatusOk();
        assertNoFormulaCells(parse(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        var xlsx = mvc.get().uri("/reports/2030.xlsx").with(TestUsers.national()).exchange();
        assertThat(xlsx).hasStatusOk();
        assertNoFormulaCells(xlsx.getResponse().getContentAsByteArray());
    }

    @Test
    void theXlsxWriterWritesGuardedStringsAndNumericNumbersNeverFormulas() throws Exception {
        byte[] bytes;
        try (XlsxWriter writer = new XlsxWriter("Teszt")) {
            writer.header(List.of("=fejléc", "szám"));
            for (String payload : PAYLOADS) {
                writer.row(List.of(payload, -3));
            }
            bytes = writer.toBytes();
        }
        assertNoFormulaCells(bytes);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=fejléc");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'" + PAYLOADS.get(0));
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
    }

    /** No text cell starts like a formula (after leading whitespace); a cell that is a plain number may. */
    static void assertNoFormulaCells(List<CSVRecord> records) {
        List<String> raw = new ArrayList<>();
        for (CSVRecord record : records) {
            for (String cell : record) {
                if (FormulaGuard.startsLikeFormula(cell) && !isNumber(cell)) {
                    raw.add(cell);
                }
            }
        }
        assertThat(raw).as("cells a spreadsheet would read as formulas").isEmpty();
    }

    static void assertNoFormulaCells(byte[] xlsx) throws Exception {
        List<String> raw = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            raw.add("formula " + cell.getCellFormula());
                        }
                        else if (cell.getCellType() == CellType.STRING
                                && FormulaGuard.startsLikeFormula(cell.getStringCellValue())) {
                            raw.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(raw).as("formula cells and unguarded text").isEmpty();
    }

    private static boolean isNumber(String cell) {
        try {
            new BigDecimal(cell.strip());
            return true;
        }
        catch (NumberFormatException ex) {
            return false;
        }
    }
}
