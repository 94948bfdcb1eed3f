package hu.kozossegi.portal.geography.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import hu.kozossegi.portal.shared.db.SqlArrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo settlements from the GeoNames places (CC BY 4.0, credited in the footer): county seats and the other cities
 * with county rights typed as such; Budapest with its 23 districts (the four GeoNames lacks placed at their town
 * halls) and its other places as housing estates and neighbourhoods under the nearest district; '...lakótelep'
 * places as housing estates under the nearest town of their county; the rest by population. Only when the table
 * is empty.
 */
@Component
@Profile("demo")
@Order(10)
class DemoSettlements implements ApplicationRunner {

    private static final Set<String> COUNTY_CITIES = Set.of("02|Pécs", "03|Kecskemét", "04|Békéscsaba",
            "05|Miskolc", "06|Szeged", "07|Székesfehérvár", "08|Győr", "09|Debrecen", "10|Eger", "11|Tatabánya",
            "12|Salgótarján", "14|Kaposvár", "15|Nyíregyháza", "16|Szolnok", "17|Szekszárd", "18|Szombathely",
            "19|Veszprém", "20|Zalaegerszeg", "07|Dunaújváros", "13|Érd", "06|Hódmezővásárhely", "20|Nagykanizsa",
            "08|Sopron");
    private static final Set<String> SMALL_VILLAGE_COUNTIES = Set.of("02", "05", "14", "15", "20");
    private static final Map<String, String[]> MODEL_REGIONS = Map.of(
            "05|Ózd", new String[] {"Ózdi járás"},
            "03|Kunszentmiklós", new String[] {"Kunszentmiklósi járás (Felső-Kiskunság)"},
            "06|Szentes", new String[] {"Szentesi járás"});

    /** The districts GeoNames lacks, at their town halls (approximate WGS84). */
    private static final List<Place> MISSING_DISTRICTS = List.of(
            new Place("Budapest VII. kerület", "01", 47.4979, 19.0700, null),
            new Place("Budapest IX. kerület", "01", 47.4840, 19.0850, null),
            new Place("Budapest X. kerület", "01", 47.4846, 19.1430, null),
            new Place("Budapest XIV. kerület", "01", 47.5160, 19.1060, null));

    private record Place(String name, String county, double lat, double lng, Integer population) {
    }

    private final JdbcClient jdbc;
    /** Ids taken from the sequence in one statement, handed out in the order the rows were inserted before. */
    private long[] ids;
    private int used;
    /** The rows, inserted in one statement at the end (a statement per row cost a round trip each, 1,100 of them). */
    private final List<Object[]> rows = new ArrayList<>();

    DemoSettlements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM settlement)").query(Boolean.class).single()) {
            return;
        }
        List<Place> places = read();
        this.ids = jdbc.sql("SELECT nextval('settlement_id_seq') FROM generate_series(1, ?)")
                .param(places.size() + MISSING_DISTRICTS.size()).query(Long.class).list().stream()
                .mapToLong(Long::longValue).toArray();
        used = 0;
        rows.clear();
        List<Map.Entry<Place, String>> centres = regionCentres(places);
        Map<String, Long> ids = new HashMap<>();
        List<Place> towns = new ArrayList<>();
        Place budapest = places.stream().filter(p -> p.county().equals("01") && p.name().equals("Budapest"))
                .findFirst().orElseThrow();
        ids.put("01|Budapest", insert(budapest, "COUNTY_CITY", null, null, false));
        towns.add(budapest);
        // Towns first, so that housing estates find their parent.
        for (Place place : places) {
            String type = type(place);
            if (!place.county().equals("01") && (type.equals("TOWN") || type.equals("COUNTY_CITY"))) {
                ids.put(place.county() + "|" + place.name(), insert(place, type, null, region(place, centres), false));
                towns.add(place);
            }
        }
        List<Place> districts = new ArrayList<>(MISSING_DISTRICTS);
        places.stream().filter(DemoSettlements::isDistrict).forEach(districts::add);
        for (Place district : districts) {
            ids.put("01|" + district.name(), insert(district, "BUDAPEST_DISTRICT", ids.get("01|Budapest"), null, false));
        }
        for (Place place : places) {
            if (place == budapest || ids.containsKey(place.county() + "|" + place.name())) {
                continue;
            }
            if (place.county().equals("01")) {
                Place district = nearest(place, districts);
                insert(place, "HOUSING_ESTATE", ids.get("01|" + district.name()), null, false);
            }
            else if (place.name().toLowerCase().contains("lakótelep")) {
                Place town = nearestTown(place, towns);
                insert(place, "HOUSING_ESTATE", ids.get(town.county() + "|" + town.name()), null, true);
            }
            else {
                boolean disadvantaged = SMALL_VILLAGE_COUNTIES.contains(place.county())
                        && Math.floorMod(place.name().hashCode(), 10) < 4;
                insert(place, type(place), null, region(place, centres), disadvantaged);
            }
        }
        jdbc.sql("""
                INSERT INTO settlement (id, name, county_code, type, parent_id, population, micro_region,
                                        disadvantaged, latitude, longitude)
                SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                                     CAST(? AS bigint[]), CAST(? AS integer[]), CAST(? AS text[]),
                                     CAST(? AS boolean[]), CAST(? AS float8[]), CAST(? AS float8[]))""")
                .param(1, SqlArrays.column(rows, 0, Long[]::new)).param(2, SqlArrays.column(rows, 1, String[]::new))
                .param(3, SqlArrays.column(rows, 2, String[]::new)).param(4, SqlArrays.column(rows, 3, String[]::new))
                .param(5, SqlArrays.column(rows, 4, Long[]::new)).param(6, SqlArrays.column(rows, 5, Integer[]::new))
                .param(7, SqlArrays.column(rows, 6, String[]::new)).param(8, SqlArrays.column(rows, 7, Boolean[]::new))
                .param(9, SqlArrays.column(rows, 8, Double[]::new)).param(10, SqlArrays.column(rows, 9, Double[]::new))
                .update();
        // The sequence goes on after the last id used, as if the rows had been inserted one by one.
        jdbc.sql("SELECT setval('settlement_id_seq', ?)").param(this.ids[used - 1]).query(Long.class).single();
        rows.clear();
    }

    private long insert(Place p, String type, Long parentId, String region, boolean disadvantaged) {
        long id = ids[used++];
        rows.add(new Object[] {id, p.name(), p.county(), type, parentId, p.population(), region, disadvantaged,
            Math.max(45.7, Math.min(48.6, p.lat())), Math.max(16.1, Math.min(22.9, p.lng()))});
        return id;
    }

    private static String type(Place p) {
        if (COUNTY_CITIES.contains(p.county() + "|" + p.name())) {
            return "COUNTY_CITY";
        }
        int population = p.population() == null ? 0 : p.population();
        return population >= 10_000 ? "TOWN" : population >= 3_000 ? "LARGE_VILLAGE" : "VILLAGE";
    }

    /** The model programmes' micro-regions: their centres (Ózd, Kunszentmiklós, Szentes), looked up once. */
    private static List<Map.Entry<Place, String>> regionCentres(List<Place> places) {
        List<Map.Entry<Place, String>> centres = new ArrayList<>();
        for (Map.Entry<String, String[]> entry : MODEL_REGIONS.entrySet()) {
            String[] key = entry.getKey().split("\\|");
            for (Place centre : places) {
                if (centre.county().equals(key[0]) && centre.name().equals(key[1])) {
                    centres.add(Map.entry(centre, entry.getValue()[0]));
                }
            }
        }
        return centres;
    }

    /** The micro-region of a place within about 20 km of a model centre of its county, else none. */
    private static String region(Place p, List<Map.Entry<Place, String>> centres) {
        for (Map.Entry<Place, String> centre : centres) {
            if (p.county().equals(centre.getKey().county()) && distance(centre.getKey(), p) < 0.2) {
                return centre.getValue();
            }
        }
        return null;
    }

    private static boolean isDistrict(Place p) {
        return p.county().equals("01") && p.name().matches("Budapest [IVXL]+\\. kerület");
    }

    private static Place nearestTown(Place p, List<Place> towns) {
        return nearest(p, towns.stream().filter(t -> t.county().equals(p.county())).toList());
    }

    private static Place nearest(Place p, List<Place> candidates) {
        return candidates.stream().min((a, b) -> Double.compare(distance(a, p), distance(b, p)))
                .orElseThrow(() -> new IllegalStateException("no town near " + p.name()));
    }

    private static double distance(Place a, Place b) {
        double dLat = a.lat() - b.lat();
        double dLng = (a.lng() - b.lng()) * Math.cos(Math.toRadians(a.lat()));
        return Math.sqrt(dLat * dLat + dLng * dLng);
    }

    private static List<Place> read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/hu-places-geonames.csv").getInputStream(), StandardCharsets.UTF_8))) {
            List<Place> places = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String population = r.get("population");
                places.add(new Place(r.get("name"), r.get("county_code"), Double.parseDouble(r.get("lat")),
                        Double.parseDouble(r.get("lng")), population.isBlank() ? null : Integer.valueOf(population)));
            }
            return places;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
