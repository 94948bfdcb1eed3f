package hu.kozossegi.portal.geography.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.geography.internal.ImportMapping;

/** The column chosen for each settlement field: a zero-based column index as text, empty when not imported. */
record MappingForm(String name, String county, String type, String parent, String population, String kshCode,
        String microRegion, String disadvantaged, String latitude, String longitude) {

    static MappingForm of(ImportMapping mapping) {
        return new MappingForm(s(mapping, "name"), s(mapping, "county"), s(mapping, "type"), s(mapping, "parent"),
                s(mapping, "population"), s(mapping, "kshCode"), s(mapping, "microRegion"),
                s(mapping, "disadvantaged"), s(mapping, "latitude"), s(mapping, "longitude"));
    }

    List<String> values() {
        return java.util.Arrays.asList(name, county, type, parent, population, kshCode, microRegion, disadvantaged,
                latitude, longitude);
    }

    /** The mapping, or null when a value is not a column of a file with {@code columnCount} columns. */
    ImportMapping toMapping(int columnCount) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> values = values();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                int column = Integer.parseInt(value.strip());
                if (column < 0 || column >= columnCount) {
                    return null;
                }
                columns.put(ImportMapping.FIELDS.get(i), column);
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }
        return new ImportMapping(columns);
    }

    private static String s(ImportMapping mapping, String field) {
        Integer column = mapping.column(field);
        return column == null ? "" : column.toString();
    }
}
