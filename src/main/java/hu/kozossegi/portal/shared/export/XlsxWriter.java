package hu.kozossegi.portal.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * THE spreadsheet writer of every export: numbers as numeric cells, text as string cells through
 * {@link FormulaGuard}, never a formula cell. Either write whole sheets with {@link #header} and {@link #row},
 * or, where an export lays out its own workbook, put every value through {@link #cell}.
 */
public final class XlsxWriter implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle bold;
    private int next;

    public XlsxWriter(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        bold.setWrapText(true);
    }

    /** The header row, bold and frozen. */
    public XlsxWriter header(List<String> labels) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < labels.size(); c++) {
            cell(row, c, labels.get(c)).setCellStyle(bold);
        }
        sheet.createFreezePane(0, next);
        return this;
    }

    public XlsxWriter row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
            cell(row, c, values.get(c));
        }
        return this;
    }

    public Workbook workbook() {
        return workbook;
    }

    public Sheet sheet() {
        return sheet;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Writes one value into column {@code column} of {@code row}: a number, guarded text, or nothing for null. */
    public static Cell cell(Row row, int column, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value != null) {
            cell.setCellValue(FormulaGuard.guard(value.toString()));
        }
        return cell;
    }
}
