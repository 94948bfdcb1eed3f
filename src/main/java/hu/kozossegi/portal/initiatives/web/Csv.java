package hu.kozossegi.portal.initiatives.web;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 lines; cells that a spreadsheet would read as a formula are prefixed with an apostrophe. */
final class Csv {

    private Csv() {
    }

    static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
