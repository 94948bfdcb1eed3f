package hu.kozossegi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The Hungarian and English message files carry the same keys, every key is used, and no value is left empty. */
class MessagesTests {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** A key defined twice silently takes the later text (settlement history once read "Változások: {0}"). */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            java.util.Map<String, Long> counts;
            try (var lines = new java.io.BufferedReader(new InputStreamReader(new ClassPathResource(name).getInputStream(),
                    StandardCharsets.UTF_8)).lines()) {
                counts = lines.filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).trim())
                        .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
            }
            assertThat(counts).as(name).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1L));
        }
    }

    @Test
    void hungarianAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> hu = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(hu).as("keys only in Hungarian").isNotEmpty();
        Set<String> onlyHu = new TreeSet<>(hu);
        onlyHu.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(hu);
        assertThat(onlyHu).as("keys missing from messages_en.properties").isEmpty();
        assertThat(onlyEn).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(file);
            assertThat(properties.stringPropertyNames())
                    .as("empty values in %s", file)
                    .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void hungarianTextUsesTheDoubleAcuteLettersNotTheirLookalikes() throws IOException {
        Properties hu = load("messages.properties");
        // õ/û (tilde, circumflex) are the classic Latin-1 mistakes for ő/ű.
        assertThat(hu.stringPropertyNames()).allSatisfy(key ->
                assertThat(hu.getProperty(key)).as(key).doesNotContain("õ", "û", "Õ", "Û"));
    }

    /**
     * Every key is used by the code: named whole in a template, a Java source or a resource, or built from a
     * prefix that the code writes as a literal followed by a name (e.g. {@code 'event.kind.' + ${kind}} or
     * {@code "worker.kind." + kind.name()}), or a name the code hands to a fragment that appends a literal suffix
     * ({@code 'initiative.worker'} and {@code '.searchButton'}). Keys of Spring's and Bean Validation's message codes
     * ({@code typeMismatch.*}, {@code NotBlank.*}, ...) are looked up by convention and not checked.
     */
    @Test
    void everyKeyIsUsed() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("messages"))
                    .filter(f -> f.toString().matches(".*\\.(java|html|js|properties)$")).toList()) {
                code.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        String text = code.toString();
        Set<String> prefixes = new TreeSet<>();
        Matcher prefix = BUILT_KEY_PREFIX.matcher(text);
        while (prefix.find()) {
            for (int group = 1; group <= prefix.groupCount(); group++) {
                if (prefix.group(group) != null) {
                    prefixes.add(prefix.group(group));
                }
            }
        }
        // Every dotted name in the code, and each of its leading parts ("a.b.c" names "a.b" and "a" too).
        Set<String> named = new java.util.HashSet<>();
        Matcher name = Pattern.compile("(?<![\\w.])[A-Za-z][\\w.]*").matcher(text);
        while (name.find()) {
            String found = name.group();
            named.add(found);
            for (int dot = found.indexOf('.'); dot > 0; dot = found.indexOf('.', dot + 1)) {
                named.add(found.substring(0, dot));
            }
        }
        // Literal suffixes a fragment appends to a prefix it was given ('.searchButton' to 'initiative.worker').
        Set<String> suffixes = new TreeSet<>();
        Matcher suffix = Pattern.compile("['\"](\\.[A-Za-z][\\w.]*)['\"]").matcher(text);
        while (suffix.find()) {
            suffixes.add(suffix.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load("messages.properties").stringPropertyNames()) {
            if (Character.isUpperCase(key.charAt(0)) || key.startsWith("typeMismatch") || named.contains(key)
                    || suffixes.stream().anyMatch(end -> key.endsWith(end)
                            && named.contains(key.substring(0, key.length() - end.length())))) {
                continue;
            }
            boolean built = false;
            for (int dot = key.indexOf('.'); dot > 0 && !built; dot = key.indexOf('.', dot + 1)) {
                built = prefixes.contains(key.substring(0, dot + 1));
            }
            if (!built) {
                unused.add(key);
            }
        }
        assertThat(unused).as("message keys no template, Java source or resource uses").isEmpty();
    }

    /**
     * A literal prefix a key is built from: {@code 'a.b.' + x}, {@code "a.b." + x}, {@code |a.b.${x}|}, or a prefix
     * handed on whole ({@code 'a.b.'}, as the {@code codes} list fragment takes its labels' prefix).
     */
    private static final Pattern BUILT_KEY_PREFIX = Pattern.compile(
            "([a-zA-Z][\\w.]*\\.)['\"]\\s*\\+|([a-zA-Z][\\w.]*\\.)\\$\\{|['\"|]([a-zA-Z][\\w.]*\\.)['\"|]");
}
