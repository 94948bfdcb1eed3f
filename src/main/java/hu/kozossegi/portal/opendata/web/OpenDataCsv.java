package hu.kozossegi.portal.opendata.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import hu.kozossegi.portal.shared.export.CsvWriter;

/**
 * An open-data CSV file built in memory (its bytes also give the ETag), written by the portal's one CSV writer:
 * UTF-8 with a BOM, semicolons, CRLF, RFC 4180 quoting and the formula guard.
 */
final class OpenDataCsv {

    private final StringWriter text = new StringWriter();
    private final CsvWriter csv = new CsvWriter(text);

    OpenDataCsv line(List<?> cells) {
        csv.row(cells);
        return this;
    }

    byte[] bytes() {
        csv.flush();
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
