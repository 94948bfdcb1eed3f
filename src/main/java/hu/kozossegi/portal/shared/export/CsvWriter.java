package hu.kozossegi.portal.shared.export;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * THE CSV writer of every export: as Hungarian Excel opens it (UTF-8 with a byte order mark, semicolons, CRLF),
 * RFC 4180 quoting by Apache Commons CSV, and every text cell through {@link FormulaGuard}. A {@link Number}
 * cell is written as the number; null is an empty cell.
 */
public final class CsvWriter implements Flushable {

    /** The media type of a CSV download. */
    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    private final CSVPrinter printer;

    /** Starts the file on {@code out} (which must encode UTF-8) with the byte order mark. */
    public CsvWriter(Writer out) {
        try {
            out.write('\uFEFF');
            this.printer = new CSVPrinter(out, FORMAT);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<?> cells) {
        List<Object> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(cell(cell));
        }
        try {
            printer.printRecord(values);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value instanceof java.math.BigDecimal big ? big.toPlainString() : value.toString();
        }
        return FormulaGuard.guard(value.toString());
    }
}
