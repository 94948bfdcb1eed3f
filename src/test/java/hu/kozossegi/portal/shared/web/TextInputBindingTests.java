package hu.kozossegi.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every textarea of the templates keeps its line breaks: its field name is one of the multi-line fields. */
class TextInputBindingTests {

    private static final Pattern TEXTAREA = Pattern.compile(
            "textarea-field\\('([A-Za-z]+)'|<textarea[^>]*\\bname=\"([A-Za-z]+)\"");

    @Test
    void everyTextareaOfTheTemplatesIsAMultiLineField() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEXTAREA.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(names).isNotEmpty();
        assertThat(TextInputBinding.MULTI_LINE_FIELDS).containsAll(names);
    }

    @Test
    void singleLineTextLosesControlCharactersMultiLineKeepsLineBreaksAndTabs() {
        assertThat(TextInputBinding.clean("a\r\nb\tc\u0007d\u001be\u0085f\u202eg\u2028h", false)).isEqualTo("a b cdefgh");
        assertThat(TextInputBinding.clean("a\r\nb\tc\u0007d\u202e", true)).isEqualTo("a\r\nb\tcd");
        assertThat(TextInputBinding.clean("Kővágószőlős", false)).isEqualTo("Kővágószőlős");
    }
}
