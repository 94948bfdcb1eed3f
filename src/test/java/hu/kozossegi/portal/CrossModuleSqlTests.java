package hu.kozossegi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import hu.kozossegi.portal.shared.db.ReadsTables;
import org.junit.jupiter.api.Test;

/**
 * SQL that reads another module's tables is declared ({@link ReadsTables} on the module's package-info) and
 * kept to the modules it may use (docs/architecture.md): the Java module checks cannot see a table name in a
 * string. Every string literal and text block of a module's sources is scanned for tables after FROM, JOIN,
 * INTO, UPDATE and TABLE. Another module's table is only ever read: a write to it fails whatever is declared.
 */
class CrossModuleSqlTests {

    private static final Path SOURCES = Path.of("src/main/java/hu/kozossegi/portal");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE = Pattern.compile(
            "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_USE = Pattern.compile(
            "\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_WRITE = Pattern.compile(
            "\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE(?:\\s+TABLE)?)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    /** Modules that read every module's tables (read only). */
    private static final Set<String> READERS = Set.of("reporting", "home", "opendata");
    /** Whose tables a module may read: the modules it may use (docs/architecture.md, the module table). */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "accounts", Set.of(),
            "geography", Set.of("accounts"),
            "people", Set.of("accounts", "geography"),
            "initiatives", Set.of("accounts", "geography", "people"),
            "activities", Set.of("accounts", "geography", "people", "initiatives"),
            "practices", Set.of("accounts", "geography", "people", "initiatives", "activities"),
            "organisations", Set.of("accounts", "geography", "people", "initiatives"),
            "capacity", Set.of("accounts", "geography", "people", "initiatives", "activities", "practices",
                    "organisations"));

    /** Single tables a module may read beyond those: accounts names the counties its county scope refers to. */
    private static final Map<String, Set<String>> ALSO_MAY_READ = Map.of("accounts", Set.of("county"));

    @Test
    void everyOtherModulesTableThatSqlReadsIsDeclaredAndAllowed() throws Exception {
        Map<String, String> owners = tableOwners();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path dir : modules.filter(Files::isDirectory).sorted().toList()) {
                String module = dir.getFileName().toString();
                if (module.equals("shared")) {
                    continue;
                }
                Set<String> declared = declared(module);
                Set<String> read = new TreeSet<>();
                // A demo seeder that needs another module's rows asks that module's demo-seeding API.
                for (String table : tablesIn(dir, owners.keySet(), TABLE_WRITE)) {
                    String owner = owners.get(table);
                    if (!owner.equals(module) && !owner.equals("shared")) {
                        wrong.add(module + " writes " + table + " of " + owner);
                    }
                }
                for (String table : tablesIn(dir, owners.keySet(), TABLE_USE)) {
                    String owner = owners.get(table);
                    if (!owner.equals(module) && !owner.equals("shared")) {
                        read.add(table);
                    }
                }
                for (String table : read) {
                    if (!declared.contains(table)) {
                        wrong.add(module + " reads " + table + " (" + owners.get(table) + ") without declaring it");
                    }
                }
                for (String table : declared) {
                    String owner = owners.get(table);
                    if (owner == null) {
                        wrong.add(module + " declares " + table + ", which no migration creates");
                    } else if (!read.contains(table)) {
                        wrong.add(module + " declares " + table + " but no longer reads it");
                    } else if (!READERS.contains(module) && !MAY_USE.getOrDefault(module, Set.of()).contains(owner)
                            && !ALSO_MAY_READ.getOrDefault(module, Set.of()).contains(table)) {
                        wrong.add(module + " reads " + table + " of " + owner + ", a module it may not use");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theScanFindsTablesInStringsOnly() {
        Set<String> known = Set.of("settlement", "initiative");
        assertThat(tablesInSource("""
                // read FROM initiative in a comment
                String sql = \"\"\"
                    SELECT s.name FROM settlement s
                    \"\"\";
                String other = "SELECT 1 FROM   initiative i";
                """, known, TABLE_USE)).containsExactlyInAnyOrder("settlement", "initiative");
        assertThat(tablesInSource("/** reads FROM initiative */ String x = \"from a\";", known, TABLE_USE)).isEmpty();
        assertThat(tablesInSource("String x = \"UPDATE initiative SET title = 'x' FROM settlement\";", known,
                TABLE_WRITE)).containsExactly("initiative");
    }

    private static Set<String> declared(String module) {
        try {
            Package pkg = Class.forName("hu.kozossegi.portal." + module + ".package-info").getPackage();
            ReadsTables reads = pkg.getAnnotation(ReadsTables.class);
            return reads == null ? Set.of() : new TreeSet<>(List.of(reads.value()));
        } catch (ClassNotFoundException e) {
            return Set.of();
        }
    }

    private static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                Matcher create = CREATE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (create.find()) {
                    owners.putIfAbsent(create.group(1).toLowerCase(), name.group(1));
                }
            }
        }
        // An audit table (Envers) belongs to the module of the table it audits, whichever migration made it.
        owners.replaceAll((table, owner) -> table.endsWith("_aud")
                ? owners.getOrDefault(table.substring(0, table.length() - 4), owner) : owner);
        assertThat(owners).as("tables found in the migrations").containsKeys("settlement", "initiative");
        return owners;
    }

    private static Set<String> tablesIn(Path dir, Set<String> known, Pattern use) throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                tables.addAll(tablesInSource(Files.readString(file, StandardCharsets.UTF_8), known, use));
            }
        }
        return tables;
    }

    static Set<String> tablesInSource(String source, Set<String> known, Pattern pattern) {
        Set<String> tables = new TreeSet<>();
        for (String text : strings(source)) {
            Matcher use = pattern.matcher(text);
            while (use.find()) {
                String table = use.group(1).toLowerCase();
                if (known.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** The string literals and text blocks of Java source, comments and char literals skipped. */
    static List<String> strings(String src) {
        List<String> found = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2);
                i = i < 0 ? n : i + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                found.add(src.substring(i + 3, end));
                i = Math.min(n, end + 3);
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char quote = src.charAt(i);
                StringBuilder text = new StringBuilder();
                i++;
                while (i < n && src.charAt(i) != quote && src.charAt(i) != '\n') {
                    if (src.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    text.append(src.charAt(i++));
                }
                i++;
                if (quote == '"') {
                    found.add(text.toString());
                }
            } else {
                i++;
            }
        }
        return found;
    }
}
