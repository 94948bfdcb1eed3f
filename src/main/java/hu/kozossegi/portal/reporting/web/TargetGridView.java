package hu.kozossegi.portal.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.reporting.internal.TargetIndicator;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The target grid's cells as the template writes them (20 counties × 5 indicators × minimum and maximum): id and
 * name, the value (the typed text where it did not bind), the label and the errors, prepared once per request.
 * Looking each of them up through the form's bind status in the template cost about 90 µs a cell (issue 15).
 */
record TargetGridView(List<RowView> rows) {

    record RowView(String county, List<CellView> cells) {
    }

    /**
     * One input: {@code path} is its name, {@code id} the same without brackets (what the error summary links
     * to); {@code error} is null when the cell has none.
     */
    record CellView(String path, String id, String value, String label, String error) {
    }

    private static final String[] BOUNDS = {"min", "max"};

    static TargetGridView of(TargetForm form, Errors errors, List<County> counties, MessageSource messages,
            Locale locale) {
        TargetIndicator[] indicators = TargetIndicator.values();
        String[] indicatorNames = new String[indicators.length];
        for (int c = 0; c < indicators.length; c++) {
            indicatorNames[c] = messages.getMessage(indicators[c].indicator().messageKey(), null, locale);
        }
        String[] boundNames = {messages.getMessage("targets.min", null, locale),
                messages.getMessage("targets.max", null, locale)};
        boolean anyErrors = errors != null && errors.hasFieldErrors();
        List<RowView> rows = new ArrayList<>(counties.size());
        for (int r = 0; r < counties.size(); r++) {
            String county = counties.get(r).name();
            List<CellView> cells = new ArrayList<>(indicators.length * 2);
            for (int c = 0; c < indicators.length; c++) {
                TargetForm.Cell cell = cell(form, r, c);
                for (int b = 0; b < BOUNDS.length; b++) {
                    String path = "rows[" + r + "].cells[" + c + "]." + BOUNDS[b];
                    Integer bound = cell == null ? null : b == 0 ? cell.getMin() : cell.getMax();
                    String value = bound == null ? "" : bound.toString();
                    String error = null;
                    if (anyErrors && errors.hasFieldErrors(path)) {
                        Object typed = errors.getFieldValue(path);
                        value = typed == null ? "" : typed.toString();
                        error = String.join(" ", errors.getFieldErrors(path).stream()
                                .map((FieldError e) -> messages.getMessage(e, locale)).toList());
                    }
                    String label = messages.getMessage("targets.cellLabel",
                            new Object[] {county, indicatorNames[c], boundNames[b]}, locale);
                    cells.add(new CellView(path, path.replace("[", "").replace("]", ""), value, label, error));
                }
            }
            rows.add(new RowView(county, cells));
        }
        return new TargetGridView(rows);
    }

    /** The cell at row r, column c of the form, null where a posted form has no such row or cell. */
    private static TargetForm.Cell cell(TargetForm form, int r, int c) {
        List<TargetForm.Row> rows = form.getRows();
        if (r >= rows.size() || rows.get(r) == null) {
            return null;
        }
        List<TargetForm.Cell> cells = rows.get(r).getCells();
        return c >= cells.size() ? null : cells.get(c);
    }
}
