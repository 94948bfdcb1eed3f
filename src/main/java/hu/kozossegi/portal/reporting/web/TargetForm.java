package hu.kozossegi.portal.reporting.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.reporting.internal.Target;
import hu.kozossegi.portal.reporting.internal.TargetGrid;
import hu.kozossegi.portal.reporting.internal.TargetIndicator;
import org.springframework.validation.BindingResult;

/**
 * The target grid as typed: one row per county (in the order of {@code Counties.all()}), one cell per target
 * indicator, minimum and maximum kept as text so that a wrong entry is shown back as typed.
 */
public class TargetForm {

    static final int LIMIT = 100_000;

    private long version = -1;
    private List<Row> rows = new ArrayList<>();

    public static class Row {
        private List<Cell> cells = new ArrayList<>();

        public List<Cell> getCells() {
            return cells;
        }

        public void setCells(List<Cell> cells) {
            this.cells = cells;
        }
    }

    public static class Cell {
        private String min = "";
        private String max = "";

        public String getMin() {
            return min;
        }

        public void setMin(String min) {
            this.min = min == null ? "" : min.trim();
        }

        public String getMax() {
            return max;
        }

        public void setMax(String max) {
            this.max = max == null ? "" : max.trim();
        }
    }

    static TargetForm of(TargetGrid grid, List<County> counties, long version) {
        TargetForm form = new TargetForm();
        form.version = version;
        for (County county : counties) {
            Row row = new Row();
            for (TargetIndicator indicator : TargetIndicator.values()) {
                Cell cell = new Cell();
                Target target = grid.find(county.code(), indicator);
                if (target != null) {
                    cell.setMin(String.valueOf(target.min()));
                    cell.setMax(target.max() == null ? "" : String.valueOf(target.max()));
                }
                row.cells.add(cell);
            }
            form.rows.add(row);
        }
        return form;
    }

    /** Checks every cell, records errors at the cells, and returns the targets when there is none. */
    Map<String, Map<TargetIndicator, Target>> toTargets(List<County> counties, BindingResult errors) {
        Map<String, Map<TargetIndicator, Target>> result = new HashMap<>();
        TargetIndicator[] indicators = TargetIndicator.values();
        for (int r = 0; r < counties.size(); r++) {
            Map<TargetIndicator, Target> county = new EnumMap<>(TargetIndicator.class);
            for (int c = 0; c < indicators.length; c++) {
                Cell cell = cell(r, c);
                String path = "rows[" + r + "].cells[" + c + "].";
                Integer min = parse(cell.min, path + "min", errors);
                Integer max = parse(cell.max, path + "max", errors);
                if (min == null && max != null) {
                    errors.rejectValue(path + "min", "targets.error.minRequired");
                }
                else if (min != null && max != null && max < min) {
                    errors.rejectValue(path + "max", "targets.error.order");
                }
                else if (min != null) {
                    county.put(indicators[c], new Target(min, max));
                }
            }
            result.put(counties.get(r).code(), county);
        }
        return result;
    }

    private Cell cell(int row, int column) {
        if (row < rows.size() && column < rows.get(row).cells.size()) {
            return rows.get(row).cells.get(column);
        }
        return new Cell();
    }

    private static Integer parse(String text, String field, BindingResult errors) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            errors.rejectValue(field, "targets.error.number");
            return null;
        }
        int value = Integer.parseInt(text);
        if (value > LIMIT) {
            errors.rejectValue(field, "targets.error.tooLarge");
            return null;
        }
        return value;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }
}
