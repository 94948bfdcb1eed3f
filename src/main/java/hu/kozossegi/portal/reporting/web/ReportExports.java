package hu.kozossegi.portal.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import hu.kozossegi.portal.reporting.internal.Target;
import hu.kozossegi.portal.reporting.internal.TargetsMet;
import hu.kozossegi.portal.shared.export.CsvWriter;
import hu.kozossegi.portal.shared.export.XlsxWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The county table as a spreadsheet (numbers stored as numbers, header row frozen) and as CSV for Hungarian
 * Excel (UTF-8 with byte order mark, semicolons), for the whole country or one county, both through the shared
 * writers with their formula guard. Same columns in both: county, region, then every indicator of the report (a
 * snapshot closed before an indicator existed has not got it), followed, for
 * each indicator that has a target, by the county's target minimum, maximum and percent of target, and, for
 * region and national rows, how many counties met the target of how many that have one. The same report gives
 * the same bytes every time: the spreadsheet's dates (core properties and zip entries) are the report's time
 * ({@link AnnualReport#asOf()}, a closed year's closing).
 */
@Component
class ReportExports {

    private final MessageSource messages;

    ReportExports(MessageSource messages) {
        this.messages = messages;
    }

    /** The rows of the national spreadsheet (with region subtotals) or CSV (counties and the total). */
    static List<ReportRow> nationalRows(AnnualReport report, boolean withRegions) {
        return report.rows().stream().filter(row -> withRegions || row.kind() != ReportRow.Kind.REGION).toList();
    }

    byte[] xlsx(AnnualReport report, List<ReportRow> rows, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(String.valueOf(report.year()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            List<String> headers = headers(report, locale);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                XlsxWriter.cell(head, c, headers.get(c)).setCellStyle(header);
            }
            Map<Integer, String> regions = regionNames(report);
            int r = 1;
            for (ReportRow row : rows) {
                Row line = sheet.createRow(r++);
                List<Object> values = values(report, row, regions, locale);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        XlsxWriter.cell(line, c, values.get(c));
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.setColumnWidth(1, 26 * 256);
            sheet.setColumnWidth(2, 22 * 256);
            Date at = Date.from(report.asOf());
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(at));
            workbook.getProperties().getCoreProperties().setModified(Optional.of(at));
            workbook.write(out);
            return ReproducibleZip.dated(out.toByteArray(), report.asOf());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String csv(AnnualReport report, List<ReportRow> rows, Locale locale) {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        csv.row(headers(report, locale));
        Map<Integer, String> regions = regionNames(report);
        for (ReportRow row : rows) {
            csv.row(values(report, row, regions, locale));
        }
        csv.flush();
        return text.toString();
    }

    private List<String> headers(AnnualReport report, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(msg(locale, "report.csv.code"), msg(locale, "report.csv.name"),
                msg(locale, "report.csv.region")));
        for (Indicator indicator : report.indicators()) {
            String name = msg(locale, indicator.messageKey());
            headers.add(name);
            if (indicator.hasTarget()) {
                headers.add(name + ": " + msg(locale, "report.csv.target"));
                headers.add(name + ": " + msg(locale, "report.csv.targetMax"));
                headers.add(name + ": " + msg(locale, "report.csv.percent"));
                headers.add(name + ": " + msg(locale, "report.csv.targetsMet"));
                headers.add(name + ": " + msg(locale, "report.csv.targetCounties"));
            }
        }
        return headers;
    }

    private List<Object> values(AnnualReport report, ReportRow row, Map<Integer, String> regions, Locale locale) {
        List<Object> values = new ArrayList<>();
        switch (row.kind()) {
            case COUNTY -> values.addAll(List.of(row.code(), row.name(), regions.getOrDefault(row.regionId(), "")));
            case REGION -> values.addAll(List.of("", msg(locale, "report.table.region", row.name()), row.name()));
            case NATIONAL -> values.addAll(List.of("", msg(locale, "report.csv.national"), ""));
        }
        for (Indicator indicator : report.indicators()) {
            values.add(row.value(indicator));
            if (indicator.hasTarget()) {
                Target target = row.target(indicator);
                values.add(target == null ? null : target.min());
                values.add(target == null ? null : target.max());
                values.add(row.percent(indicator));
                TargetsMet met = report.targetsMet(row, indicator);
                values.add(met == null || !met.any() ? null : met.met());
                values.add(met == null || !met.any() ? null : met.counties());
            }
        }
        return values;
    }

    private static Map<Integer, String> regionNames(AnnualReport report) {
        Map<Integer, String> names = new HashMap<>();
        report.rows().stream().filter(r -> r.kind() == ReportRow.Kind.REGION)
                .forEach(r -> names.put(r.regionId(), r.name()));
        return names;
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
