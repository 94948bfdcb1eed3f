package hu.kozossegi.portal.capacity.web;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import hu.kozossegi.portal.capacity.internal.ProgrammeReport;
import hu.kozossegi.portal.capacity.internal.ProgrammeReport.DimensionChange;
import hu.kozossegi.portal.capacity.internal.ProgrammeReport.Line;
import hu.kozossegi.portal.shared.export.CsvWriter;
import hu.kozossegi.portal.shared.export.XlsxWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The programme report as CSV and spreadsheet through the shared writers: three tables (actual against target,
 * capacity change per dimension, milestones) with Hungarian (or English) labels; the CSV puts them one after the
 * other, separated by an empty line, the spreadsheet on three sheets.
 */
@Component
class ProgrammeReportExports {

    private final MessageSource messages;

    ProgrammeReportExports(MessageSource messages) {
        this.messages = messages;
    }

    String csv(ProgrammeReport report, Locale locale) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        List<List<List<Object>>> tables = tables(report, locale);
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                csv.row(List.of());
            }
            tables.get(i).forEach(csv::row);
        }
        csv.flush();
        return out.toString();
    }

    byte[] xlsx(ProgrammeReport report, Locale locale) {
        List<List<List<Object>>> tables = tables(report, locale);
        try (XlsxWriter xlsx = new XlsxWriter(msg("programmeReport.sheet.targets", locale))) {
            List<List<Object>> first = tables.get(0);
            xlsx.header(first.get(0).stream().map(String::valueOf).toList());
            first.subList(1, first.size()).forEach(xlsx::row);
            String[] names = {"programmeReport.sheet.capacity", "programmeReport.sheet.milestones"};
            for (int t = 1; t < tables.size(); t++) {
                Sheet sheet = xlsx.workbook().createSheet(msg(names[t - 1], locale));
                List<List<Object>> rows = tables.get(t);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        XlsxWriter.cell(row, c, rows.get(r).get(c));
                    }
                }
            }
            return xlsx.toBytes();
        }
    }

    /** The report's three tables, each a header row and its rows. */
    private List<List<List<Object>>> tables(ProgrammeReport report, Locale locale) {
        List<List<Object>> targets = new ArrayList<>();
        targets.add(List.of(msg("programmeReport.col.indicator", locale), msg("programmeReport.col.county", locale),
                msg("programmeReport.col.actual", locale), msg("programmeReport.col.target", locale),
                msg("programmeReport.col.percent", locale)));
        for (Line line : report.lines()) {
            List<Object> row = new ArrayList<>();
            row.add(msg("programmeReport.indicator." + line.indicator().name(), locale));
            row.add(line.countyName() != null ? line.countyName()
                    : msg("programmeReport.wholeProgramme", locale));
            row.add(line.actual());
            row.add(line.target());
            row.add(line.percent());
            targets.add(row);
        }
        List<List<Object>> capacity = new ArrayList<>();
        capacity.add(List.of(msg("programmeReport.col.dimension", locale), msg("programmeReport.col.assessed", locale),
                msg("programmeReport.col.improved", locale), msg("programmeReport.col.same", locale),
                msg("programmeReport.col.worse", locale), msg("programmeReport.col.averageEntry", locale),
                msg("programmeReport.col.averageExit", locale), msg("programmeReport.col.averageChange", locale)));
        for (DimensionChange d : report.capacity()) {
            List<Object> row = new ArrayList<>();
            row.add(msg("capacity.dimension." + d.dimension().name(), locale));
            row.add(d.assessed());
            row.add(d.improved());
            row.add(d.same());
            row.add(d.worse());
            row.add(d.averageEntry());
            row.add(d.averageExit());
            row.add(d.averageChange());
            capacity.add(row);
        }
        List<List<Object>> milestones = new ArrayList<>();
        milestones.add(List.of(msg("programmeReport.col.milestones", locale), msg("programmeReport.col.count", locale)));
        milestones.add(List.of(msg("programmeReport.milestones.total", locale), report.milestones().total()));
        milestones.add(List.of(msg("programmeReport.milestones.done", locale), report.milestones().done()));
        milestones.add(List.of(msg("programmeReport.milestones.onTime", locale), report.milestones().doneOnTime()));
        milestones.add(List.of(msg("programmeReport.milestones.open", locale), report.milestones().open()));
        return List.of(targets, capacity, milestones);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
