package hu.kozossegi.portal.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.Set;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every bound text loses control characters: a single-line field (any field not named in
 * {@link #MULTI_LINE_FIELDS}) turns CR, LF and tab into a space and drops the other control, bidirectional
 * override and line separator characters; a multi-line field (a textarea) keeps CR, LF and tab only. A new
 * textarea's field name belongs in {@link #MULTI_LINE_FIELDS} ({@code TextInputBindingTests} checks the templates).
 */
@ControllerAdvice
class TextInputBinding {

    /** The names of the textarea fields of every form. */
    static final Set<String> MULTI_LINE_FIELDS = Set.of("actionProgramme", "cancelReason", "comment", "description",
            "focus", "followUpNote", "introduction", "learned", "method", "nationalCoordination", "needAssessment",
            "nextYearPlans", "notes", "pitfalls", "problem", "purpose", "reason", "requirements", "results",
            "summary", "supportNetwork", "text", "transferability", "visitingSettlements");

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new Cleaner(false));
        for (String field : MULTI_LINE_FIELDS) {
            binder.registerCustomEditor(String.class, field, new Cleaner(true));
        }
    }

    /** The text without control characters; {@code multiLine} keeps CR, LF and tab. */
    static String clean(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            boolean control = Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (!control || (multiLine && lineBreak)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (lineBreak && !(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                out.append(' ');
            }
        }
        return out == null ? text : out.toString();
    }

    private static final class Cleaner extends PropertyEditorSupport {

        private final boolean multiLine;

        Cleaner(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public void setAsText(String text) {
            setValue(clean(text, multiLine));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
