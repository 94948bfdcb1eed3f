package hu.kozossegi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The Hungarian and English message files carry the same keys, and no value is left empty. */
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
}
