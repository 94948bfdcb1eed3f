package hu.kozossegi.portal.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * THE map of the country every page draws as inline SVG (no script, no tiles): the approximate county outlines
 * (GeoNames, CC BY 4.0) and the projection of a settlement's coordinates onto the same drawing
 * ({@code x = (lon - 16.1) * 147.06}, {@code y = (48.6 - lat) * 216.3}) on a {@value #WIDTH} by {@value #HEIGHT}
 * canvas.
 */
@Component
public class CountyMap {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 628;

    private final Map<String, String> outlines = read();

    /** County code to its outline as SVG polygon points. */
    public Map<String, String> outlines() {
        return outlines;
    }

    /** The x of a longitude on the drawing, to one decimal. */
    public static double x(double longitude) {
        return round((longitude - 16.1) * 147.06);
    }

    /** The y of a latitude on the drawing, to one decimal. */
    public static double y(double latitude) {
        return round((48.6 - latitude) * 216.3);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Map<String, String> read() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = new ClassPathResource("geography/county-outlines.csv").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split(";", 2);
                    map.put(parts[0].trim(), parts[1].trim());
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Map.copyOf(map);
    }
}
