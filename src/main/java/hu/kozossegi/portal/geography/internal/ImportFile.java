package hu.kozossegi.portal.geography.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file as Hungarian spreadsheet programs save it: UTF-8 (with or without BOM) or Windows-1250,
 * separated by semicolons or commas, with a header row. Parsed with Apache Commons CSV.
 */
public record ImportFile(String encoding, char delimiter, List<String> header, List<Row> rows) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    /** Limits that keep a hostile file cheap: checked before the CSV parser builds anything. */
    public static final int MAX_COLUMNS = 50;
    public static final int MAX_CELL_CHARS = 1_000;
    public static final int MAX_LINE_CHARS = 20_000;
    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    /** A data row with its line number in the file as a spreadsheet shows it (the header is line 1). */
    public record Row(long line, List<String> values) {

        public String value(Integer column) {
            return column == null || column >= values.size() ? "" : values.get(column);
        }
    }

    /** The file cannot be used at all; {@code key} is the message for the user. */
    public static class Unreadable extends Exception {

        private final String key;

        public Unreadable(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** 'semicolon', 'comma' or 'tab', for messages. */
    public String delimiterName() {
        return delimiter == ';' ? "semicolon" : delimiter == ',' ? "comma" : "tab";
    }

    public static ImportFile parse(byte[] bytes) throws Unreadable {
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable("settlement.import.error.tooLarge");
        }
        String encoding = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException ex) {
            encoding = "Windows-1250";
            text = new String(bytes, WINDOWS_1250);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Unreadable("settlement.import.error.empty");
        }
        checkLines(text);
        char delimiter = delimiter(text);
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (records.size() > MAX_ROWS) {
                    throw new Unreadable("settlement.import.error.tooManyRows");
                }
                if (record.size() > MAX_COLUMNS) {
                    throw new Unreadable("settlement.import.error.tooManyColumns");
                }
                for (String value : record) {
                    if (value.length() > MAX_CELL_CHARS) {
                        throw new Unreadable("settlement.import.error.cellTooLong");
                    }
                }
                records.add(record.toList());
            }
        }
        catch (IOException | UncheckedIOException | IllegalStateException ex) {
            throw new Unreadable("settlement.import.error.unparsable");
        }
        if (records.size() < 2) {
            throw new Unreadable("settlement.import.error.noRows");
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> values = records.get(i);
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new Row(i + 1, values));
        }
        return new ImportFile(encoding, delimiter, records.get(0), rows);
    }

    /** Refuses over-long lines and a header with too many separators in one pass over the text. */
    static void checkLines(String text) throws Unreadable {
        int start = 0;
        boolean header = true;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (header) {
                String line = text.substring(start, end);
                long separators = Math.max(line.chars().filter(c -> c == ';').count(),
                        Math.max(line.chars().filter(c -> c == ',').count(), line.chars().filter(c -> c == '\t').count()));
                if (separators >= MAX_COLUMNS) {
                    throw new Unreadable("settlement.import.error.tooManyColumns");
                }
                header = false;
            }
            if (end - start > MAX_LINE_CHARS) {
                throw new Unreadable("settlement.import.error.lineTooLong");
            }
            start = end + 1;
        }
    }

    /** The separator of the header line: whichever of semicolon, comma and tab occurs most. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
