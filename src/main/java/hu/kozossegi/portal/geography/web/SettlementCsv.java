package hu.kozossegi.portal.geography.web;

import java.io.Writer;
import java.util.function.Consumer;

import hu.kozossegi.portal.geography.internal.SettlementRow;
import hu.kozossegi.portal.shared.export.CsvWriter;

/**
 * The CSV export as Hungarian spreadsheet programs open it (UTF-8 with BOM, semicolons), with the same columns the
 * import recognises, so an exported file can be edited and imported again. Written by the shared {@link CsvWriter}.
 */
final class SettlementCsv {

    static final String[] HEADER = {"név", "megye", "típus", "szülő település", "lakosság", "KSH-kód", "járás",
        "hátrányos helyzetű", "szélesség", "hosszúság"};

    private SettlementCsv() {
    }

    static void write(Writer out, Consumer<Consumer<SettlementRow>> source) {
        CsvWriter csv = new CsvWriter(out);
        csv.row((Object[]) HEADER);
        source.accept(row -> csv.row(row.name(), row.countyCode(), row.type().name(), row.parentName(),
                row.population(), row.kshCode(), row.microRegion(), row.disadvantaged() ? "igen" : "nem",
                row.latitude(), row.longitude()));
        csv.flush();
    }
}
