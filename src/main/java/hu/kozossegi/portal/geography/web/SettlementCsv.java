package hu.kozossegi.portal.geography.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

import hu.kozossegi.portal.geography.internal.SettlementRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV export as Hungarian spreadsheet programs open it (UTF-8 with BOM, semicolons), with the same columns the
 * import recognises, so an exported file can be edited and imported again.
 */
final class SettlementCsv {

    static final String[] HEADER = {"név", "megye", "típus", "szülő település", "lakosság", "KSH-kód", "járás",
        "hátrányos helyzetű", "szélesség", "hosszúság"};

    private SettlementCsv() {
    }

    static void write(Writer out, Consumer<Consumer<SettlementRow>> source) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).get().print(out);
        source.accept(row -> {
            try {
                printer.printRecord(row.name(), row.countyCode(), row.type().name(), row.parentName(),
                        row.population(), row.kshCode(), row.microRegion(), row.disadvantaged() ? "igen" : "nem",
                        row.latitude() == null ? null : row.latitude().toPlainString(),
                        row.longitude() == null ? null : row.longitude().toPlainString());
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        printer.flush();
    }
}
