package hu.kozossegi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Fails when a template holds visible text not taken from the message files: text in an element whose content
 * Thymeleaf does not replace, or a user-facing attribute (title, alt, placeholder, aria-label) without its th:
 * counterpart.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:remove");
    /** A page hands its title and content to the layout: that replacement keeps the page's text, so check it. */
    private static final String LAYOUT_CALL = "~{layout ::";
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "value");
    /** Punctuation, numbers and symbols carry no language. */
    private static final Pattern NEUTRAL = Pattern.compile("[\\s\\p{Punct}\\p{S}\\d–—…·|×]*");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                problems.addAll(check(file));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsHardCodedText() {
        Document doc = Jsoup.parse("<div><p>Hello</p><p th:text=\"#{x}\">Ignored</p><img alt=\"Kép\">"
                + "<span>12 – 3</span></div>", "", Parser.xmlParser());
        assertThat(problemsIn(doc, "sample")).hasSize(2);
        Document page = Jsoup.parse("<html th:replace=\"~{layout :: page(~{::head/title}, ~{::content})}\">"
                + "<body><div th:fragment=\"content\"><p>Hello</p></div></body></html>", "", Parser.xmlParser());
        assertThat(problemsIn(page, "page")).hasSize(1);
    }

    private static List<String> check(Path file) throws IOException {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        return problemsIn(Jsoup.parse(html, "", Parser.xmlParser()), TEMPLATES.relativize(file).toString());
    }

    private static List<String> problemsIn(Document doc, String name) {
        List<String> problems = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            if (isReplaced(element) || "script".equals(element.tagName()) || "style".equals(element.tagName())) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                if (!NEUTRAL.matcher(text.text()).matches()) {
                    problems.add(name + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
                }
            }
            for (String attribute : TEXT_ATTRIBUTES) {
                String value = element.attr(attribute);
                if (element.hasAttr(attribute) && !NEUTRAL.matcher(value).matches()
                        && !element.hasAttr("th:" + attribute) && !("value".equals(attribute) && isHiddenOrData(element))) {
                    problems.add(name + ": attribute " + attribute + "=\"" + value + "\" on <" + element.tagName() + ">");
                }
            }
        }
        return problems;
    }

    private static boolean isHiddenOrData(Element element) {
        String type = element.attr("type");
        return "hidden".equals(type) || "checkbox".equals(type) || "radio".equals(type) || "option".equals(element.tagName());
    }

    /** True when Thymeleaf replaces this element's content (or the element) at render time, or an ancestor's. */
    private static boolean isReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : REPLACING) {
                if (e.hasAttr(attribute) && !e.attr(attribute).startsWith(LAYOUT_CALL)) {
                    return true;
                }
            }
        }
        return false;
    }
}
