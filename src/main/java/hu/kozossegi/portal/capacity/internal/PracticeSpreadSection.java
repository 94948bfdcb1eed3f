package hu.kozossegi.portal.capacity.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.CountyMap;
import hu.kozossegi.portal.practices.PracticePageSection;
import hu.kozossegi.portal.practices.PracticeStatus;
import org.springframework.stereotype.Component;

/**
 * The accredited practice's page shows where it spread: the communities that took it up (list, and the same on
 * the county map as inline SVG, which needs no script; the list is the text of the map). Signed-in staff record a
 * take-up from here. Anonymous visitors see the places and stages, not the communities' names.
 */
@Component
class PracticeSpreadSection implements PracticePageSection {

    /** A county outline of the map. */
    record Outline(String code, String points) {
    }

    private final TakeUpQueries queries;
    private final CountyMap map;

    PracticeSpreadSection(TakeUpQueries queries, CountyMap map) {
        this.queries = queries;
        this.map = map;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "capacity/practice-spread :: spread";
    }

    @Override
    public Map<String, Object> model(PortalUser user, long practiceId, PracticeStatus status) {
        if (status != PracticeStatus.ACCREDITED) {
            return Map.of();
        }
        List<TakeUpQueries.SpreadRow> rows = queries.spread(practiceId);
        if (rows.isEmpty() && user == null) {
            return Map.of();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("practiceId", practiceId);
        model.put("rows", rows);
        model.put("signedIn", user != null);
        model.put("points", rows.stream().filter(r -> r.x() != null).toList());
        model.put("outlines", map.outlines().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, String> e) -> "01".equals(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Outline(e.getKey(), e.getValue())).toList());
        model.put("width", CountyMap.WIDTH);
        model.put("height", CountyMap.HEIGHT);
        model.put("stages", TakeUpStage.values());
        return model;
    }
}
