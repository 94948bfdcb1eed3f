package hu.kozossegi.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The migration rules of docs/architecture.md: a migration that has landed on main is never edited (its
 * SHA-256 is listed in {@code landed-migrations.txt}), and a new one takes the number highest + 1.
 * When a change lands, its new migrations are appended to the list.
 */
class MigrationRulesTests {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void landedMigrationsAreUnchanged() throws IOException {
        Map<String, String> landed = landed();
        Map<String, String> present = present();
        assertThat(landed).as("landed-migrations.txt").isNotEmpty();
        for (Map.Entry<String, String> entry : landed.entrySet()) {
            assertThat(present).as("landed migration %s is still there", entry.getKey()).containsKey(entry.getKey());
            assertThat(present.get(entry.getKey()))
                    .as("%s landed on main and must never be edited: write a new migration", entry.getKey())
                    .isEqualTo(entry.getValue());
        }
    }

    @Test
    void newMigrationsTakeTheNextNumbers() throws IOException {
        Map<String, String> landed = landed();
        int highestLanded = landed.keySet().stream().mapToInt(MigrationRulesTests::version).max().orElse(0);
        TreeMap<Integer, String> fresh = new TreeMap<>();
        for (String name : present().keySet()) {
            assertThat(name).as("migration file name").matches(NAME);
            if (!landed.containsKey(name)) {
                assertThat(fresh.put(version(name), name)).as("two migrations numbered %d", version(name)).isNull();
            }
        }
        int expected = highestLanded + 1;
        for (Map.Entry<Integer, String> entry : fresh.entrySet()) {
            assertThat(entry.getKey()).as("%s must be numbered highest + 1", entry.getValue()).isEqualTo(expected);
            expected++;
        }
    }

    private static int version(String name) {
        Matcher m = NAME.matcher(name);
        assertThat(m.matches()).as("migration file name %s", name).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static Map<String, String> landed() throws IOException {
        Map<String, String> landed = new LinkedHashMap<>();
        String text = new ClassPathResource("landed-migrations.txt").getContentAsString(StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split(" ");
                landed.put(parts[0], parts[1]);
            }
        }
        return landed;
    }

    private static Map<String, String> present() throws IOException {
        Map<String, String> present = new TreeMap<>();
        List<Resource> files = new ArrayList<>(List.of(
                new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")));
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                present.put(file.getFilename(), sha256(in.readAllBytes()));
            }
        }
        return present;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
