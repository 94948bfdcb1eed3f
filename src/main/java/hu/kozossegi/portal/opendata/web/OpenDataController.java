package hu.kozossegi.portal.opendata.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.opendata.internal.ApiRecords;
import hu.kozossegi.portal.opendata.internal.OpenDataSets;
import hu.kozossegi.portal.reporting.ReportFigures;
import hu.kozossegi.portal.shared.db.DataVersion;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /open-data}: the page listing the data sets with their dictionary and licence, and the files, one
 * stable URL per data set, year and format. Every file has a strong ETag (hash of its bytes) and a
 * Last-Modified, so a harvester's conditional GET is answered 304 when nothing changed.
 */
@Controller
class OpenDataController {

    static final String LICENCE = "CC BY 4.0";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String ATTRIBUTION = "Közösségi Kezdeményezések Hálózata (Community Initiatives Network)";

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataSets sets;
    private final JsonMapper json;
    private final DataVersion dataVersion;

    OpenDataController(OpenDataSets sets, JsonMapper json, DataVersion dataVersion) {
        this.sets = sets;
        this.json = json;
        this.dataVersion = dataVersion;
    }

    @GetMapping("/open-data")
    String page(Model model) {
        model.addAttribute("years", sets.years());
        model.addAttribute("indicators", sets.indicators());
        return "opendata/index";
    }

    @GetMapping("/open-data/figures/{year:\\d{4}}.{format:csv|json}")
    ResponseEntity<byte[]> figures(@PathVariable int year, @PathVariable String format) {
        checkPublished(year);
        ReportFigures.YearFigures figures = sets.figures(year);
        String name = "figures-" + year;
        if ("json".equals(format)) {
            Map<String, Object> body = document("figures", figures.provisional());
            body.put("year", year);
            body.put("asOf", figures.asOf());
            body.put("lines", figures.lines());
            return file(json(body), MediaType.APPLICATION_JSON, name + ".json", figures.asOf());
        }
        OpenDataCsv csv = new OpenDataCsv().line(List.of("year", "provisional", "county_code", "county", "region",
                "indicator", "value", "target_min", "target_max", "status"));
        for (ReportFigures.FigureLine line : figures.lines()) {
            List<Object> cells = new ArrayList<>();
            cells.add(year);
            cells.add(figures.provisional());
            cells.add(line.countyCode());
            cells.add(line.countyName());
            cells.add(line.regionName());
            cells.add(line.indicator());
            cells.add(line.value());
            cells.add(line.targetMin());
            cells.add(line.targetMax());
            cells.add(line.status());
            csv.line(cells);
        }
        return file(csv.bytes(), CSV, name + ".csv", figures.asOf());
    }

    /**
     * A year's settlements reached (about 3,000 at stress scale): the file is written, and its ETag hashed, once per
     * data version, provisional state and date of the figures, not on every request.
     */
    @GetMapping("/open-data/settlements-reached/{year:\\d{4}}.{format:csv|json}")
    ResponseEntity<byte[]> settlementsReached(@PathVariable int year, @PathVariable String format) {
        checkPublished(year);
        OpenDataSets.Reached reached = sets.reached(year);
        String name = "settlements-reached-" + year;
        boolean asJson = "json".equals(format);
        Written file = dataVersion.kept("open-data-settlements-reached", 32,
                Arrays.asList(year, format, reached.provisional(), reached.asOf()),
                // Read again inside: the data version is read before it, so a write meanwhile is never kept as older.
                () -> {
                    OpenDataSets.Reached now = sets.reached(year);
                    return new Written(asJson ? reachedJson(year, now) : reachedCsv(year, now));
                });
        return file(file, asJson ? MediaType.APPLICATION_JSON : CSV, name + "." + format, reached.asOf());
    }

    private byte[] reachedJson(int year, OpenDataSets.Reached reached) {
        Map<String, Object> body = document("settlements-reached", reached.provisional());
        body.put("year", year);
        body.put("asOf", reached.asOf());
        body.put("settlements", reached.settlements());
        return json(body);
    }

    private static byte[] reachedCsv(int year, OpenDataSets.Reached reached) {
        OpenDataCsv csv = new OpenDataCsv().line(List.of("year", "provisional", "settlement_id", "settlement",
                "county_code", "county", "type", "disadvantaged", "housing_estate", "budapest_district"));
        for (ReportFigures.ReachedSettlement s : reached.settlements()) {
            csv.line(List.of(year, reached.provisional(), s.id(), s.name(), s.countyCode(), s.countyName(), s.type(),
                    s.disadvantaged(), s.housingEstate(), s.budapestDistrict()));
        }
        return csv.bytes();
    }

    @GetMapping("/open-data/good-practices.{format:csv|json}")
    ResponseEntity<byte[]> goodPractices(@PathVariable String format) {
        OpenDataSets.Catalogue catalogue = sets.catalogue();
        if ("json".equals(format)) {
            Map<String, Object> body = document("good-practices", false);
            body.put("practices", catalogue.practices());
            return file(json(body), MediaType.APPLICATION_JSON, "good-practices.json", catalogue.lastModified());
        }
        OpenDataCsv csv = new OpenDataCsv().line(List.of("practice_id", "accreditation_number", "accredited_on",
                "title", "summary", "county_code", "county", "settlement_id", "settlement", "initiative_id"));
        for (ApiRecords.Practice p : catalogue.practices()) {
            csv.line(java.util.Arrays.asList(p.id(), p.accreditationNumber(), p.accreditedOn(), p.title(),
                    p.summary(), p.countyCode(), p.countyName(), p.settlementId(), p.settlementName(),
                    p.initiativeId()));
        }
        return file(csv.bytes(), CSV, "good-practices.csv", catalogue.lastModified());
    }

    private void checkPublished(int year) {
        if (!sets.published(year)) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
    }

    private static Map<String, Object> document(String dataset, boolean provisional) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", dataset);
        body.put("licence", LICENCE);
        body.put("licenceUrl", LICENCE_URL);
        body.put("attribution", ATTRIBUTION);
        body.put("provisional", provisional);
        return body;
    }

    private byte[] json(Object body) {
        return json.writeValueAsBytes(body);
    }

    /** A file's bytes and their ETag, kept together. */
    private record Written(byte[] bytes, String etag) {
        Written(byte[] bytes) {
            this(bytes, OpenDataController.etag(bytes));
        }
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name, Instant lastModified) {
        return file(new Written(bytes), type, name, lastModified);
    }

    /** Spring answers 304 itself when the request's If-None-Match or If-Modified-Since matches these headers. */
    private static ResponseEntity<byte[]> file(Written file, MediaType type, String name, Instant lastModified) {
        byte[] bytes = file.bytes();
        return ResponseEntity.ok().contentType(type).eTag(file.etag())
                .lastModified(lastModified == null ? Instant.EPOCH : lastModified)
                .cacheControl(CacheControl.noCache().cachePublic())
                .header("Content-Disposition", ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }

    private static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
