package hu.kozossegi.portal.shared.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a long choice list written once per page, for a select repeated on every row
 * of a table (the organisation of each attendance row: a county's 270 organisations on each of 60 rows is 16,000
 * options, which the template engine took most of the page's time to write one by one). Values and labels are
 * HTML-escaped here; a row takes the markup with its own value selected.
 */
public final class OptionsMarkup {

    private final String html;

    private OptionsMarkup(String html) {
        this.html = html;
    }

    public static OptionsMarkup of(List<Option> options) {
        StringBuilder html = new StringBuilder(options.size() * 48);
        for (Option option : options) {
            html.append("<option value=\"").append(escape(option.value())).append("\">")
                    .append(escape(option.label())).append("</option>");
        }
        return new OptionsMarkup(html.toString());
    }

    /** The options with the one whose value is {@code value} selected (none when null or not offered). */
    public String selecting(Object value) {
        if (value == null) {
            return html;
        }
        String marker = "<option value=\"" + escape(value.toString()) + "\">";
        int at = html.indexOf(marker);
        if (at < 0) {
            return html;
        }
        int end = at + marker.length() - 1;
        return html.substring(0, end) + " selected" + html.substring(end);
    }

    /**
     * Escapes only the characters HTML needs escaped (less-than, greater-than, ampersand and both quotes): the page is
     * UTF-8, so an accented letter stays itself rather than a named entity (a Hungarian name list was a fifth longer
     * written as named entities). A text without any of them, nearly every name, is taken as it is.
     */
    private static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return HtmlUtils.htmlEscape(text, "UTF-8");
            }
        }
        return text;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }
}
