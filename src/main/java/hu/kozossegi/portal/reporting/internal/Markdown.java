package hu.kozossegi.portal.reporting.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/** Renders the national office's narrative as safe HTML: Markdown, with any HTML in the text escaped. */
@Component
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String toHtml(String text) {
        return text == null || text.isBlank() ? "" : renderer.render(parser.parse(text));
    }
}
