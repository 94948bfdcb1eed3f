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
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.NotLessThan;
import hu.kozossegi.portal.shared.web.RequiredWith;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The target grid, bound through setters: one row per county (in the order of {@code Counties.all()}), one cell
 * per target indicator. A minimum or maximum that is not a whole number is a {@code typeMismatch} error at its
 * cell with the typed text shown again; the cell's own rules are class-level constraints.
 */
public class TargetForm {

    static final int LIMIT = 100_000;

    private long version = -1;
    @Valid
    private List<Row> rows = new ArrayList<>();

    public static class Row {
        @Valid
        private List<Cell> cells = new ArrayList<>();

        public List<Cell> getCells() {
            return cells;
        }

        public void setCells(List<Cell> cells) {
            this.cells = cells;
        }
    }

    @RequiredWith(field = "min", when = "max", message = "{targets.error.minRequired}")
    @NotLessThan(field = "max", other = "min", message = "{targets.error.order}")
    public static class Cell {
        @Min(value = 0, message = "{targets.error.number}")
        @Max(value = LIMIT, message = "{targets.error.tooLarge}")
        private Integer min;
        @Min(value = 0, message = "{targets.error.number}")
        @Max(value = LIMIT, message = "{targets.error.tooLarge}")
        private Integer max;

        /** The range as the report shows it ("10–15", "≥ 3"), empty without a target (a validated cell). */
        String range() {
            return min == null ? "" : new Target(min, max).label();
        }

        public Integer getMin() {
            return min;
        }

        public void setMin(Integer min) {
            this.min = min;
        }

        public Integer getMax() {
            return max;
        }

        public void setMax(Integer max) {
            this.max = max;
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
                    cell.setMin(target.min());
                    cell.setMax(target.max());
                }
                row.cells.add(cell);
            }
            form.rows.add(row);
        }
        return form;
    }

    /** The targets of the bound and validated grid: a cell with a minimum is a target. */
    Map<String, Map<TargetIndicator, Target>> toTargets(List<County> counties) {
        Map<String, Map<TargetIndicator, Target>> result = new HashMap<>();
        TargetIndicator[] indicators = TargetIndicator.values();
        for (int r = 0; r < counties.size(); r++) {
            Map<TargetIndicator, Target> county = new EnumMap<>(TargetIndicator.class);
            for (int c = 0; c < indicators.length; c++) {
                Cell cell = cell(r, c);
                if (cell.min != null) {
                    county.put(indicators[c], new Target(cell.min, cell.max));
                }
            }
            result.put(counties.get(r).code(), county);
        }
        return result;
    }

    /**
     * The cells that differ between the saved grid and this typed one, one line per county and indicator: the
     * indicator's name as the label, the county's name before each range.
     */
    List<ConflictLine> compareWith(TargetForm saved, List<County> counties) {
        ConflictLine.Lines lines = ConflictLine.compare();
        TargetIndicator[] indicators = TargetIndicator.values();
        for (int c = 0; c < indicators.length; c++) {
            for (int r = 0; r < counties.size(); r++) {
                String savedRange = saved.cell(r, c).range();
                String typedRange = cell(r, c).range();
                if (!savedRange.equals(typedRange)) {
                    String county = counties.get(r).name() + ": ";
                    lines.field(indicators[c].indicator().messageKey(), county + savedRange, county + typedRange);
                }
            }
        }
        return lines.list();
    }

    private Cell cell(int row, int column) {
        if (row < rows.size() && rows.get(row) != null && column < rows.get(row).cells.size()
                && rows.get(row).cells.get(column) != null) {
            return rows.get(row).cells.get(column);
        }
        return new Cell();
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
