package hu.kozossegi.portal.opendata.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The open-data CSV files: UTF-8 with a BOM, semicolons, CRLF, quoted where needed, and text cells that a
 * spreadsheet would take for a formula prefixed with an apostrophe. Numbers are written as they are.
 */
final class OpenDataCsv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    OpenDataCsv line(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String v = value.toString();
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
