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
        char delimiter = delimiter(text);
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (records.size() > MAX_ROWS) {
                    throw new Unreadable("settlement.import.error.tooManyRows");
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
