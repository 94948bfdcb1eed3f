package hu.kozossegi.portal.reporting.internal;

import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders the national office's narrative as safe HTML: Markdown, with any HTML in the text escaped, links only
 * to http, https and mailto addresses (a {@code data:} or {@code javascript:} link loses its target), and images
 * shown as their alternative text: an image would make every reader's browser, and the PDF renderer, fetch an
 * address of the author's choosing.
 */
@Component
public class Markdown {

    static final List<String> LINK_PROTOCOLS = List.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(LINK_PROTOCOLS))
            .nodeRendererFactory(AltTextOnly::new).build();

    public String toHtml(String text) {
        return text == null || text.isBlank() ? "" : renderer.render(parser.parse(text));
    }

    /** An image becomes its alternative text. */
    private static final class AltTextOnly implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        AltTextOnly(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    alt.append(code.getLiteral());
                }
            });
            context.getWriter().text(alt.toString());
        }
    }
}
