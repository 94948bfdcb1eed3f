package hu.kozossegi.portal.shared.export;

/**
 * The OWASP rule against CSV (formula) injection: a text cell whose first character, after any leading
 * whitespace, is {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, so a spreadsheet
 * shows it as text and never evaluates it. Numbers written as numbers are not text and need no guard.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** The text as it may go into a spreadsheet cell. */
    public static String guard(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /** True when a spreadsheet could read the text as a formula (also after leading whitespace). */
    public static boolean startsLikeFormula(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TRIGGERS.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return false;
    }
}
